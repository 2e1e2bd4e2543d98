import { App } from 'aws-cdk-lib';
import { addClinicall } from '../app.ts';
import { loadStageConfig, StageConfigError } from '../config/stage-config.ts';

/** `cdk synth|deploy -c stage=<name>`: the stage file infra/aws/stages/<name>.json decides the rest. */
const app = new App();
try {
  addClinicall(app, loadStageConfig(app.node.tryGetContext('stage') as string | undefined));
} catch (error) {
  if (!(error instanceof StageConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
app.synth();
