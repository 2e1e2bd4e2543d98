import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { StageConfig } from './config/stage-config.ts';
import { placeholderCodeContext } from './constructs/clinicall-function.ts';
import { StatefulStack } from './stateful/stateful-stack.ts';
import { StatelessStack } from './stateless/stateless-stack.ts';
import { siteDirectory } from './stateless/site-deployment.ts';

export interface ClinicallStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

const isTrue = (value: unknown) => value === true || value === 'true';

/**
 * Both stacks of one stage, checked by cdk-nag (AWS Solutions and HIPAA Security) at synth:
 * any finding not acknowledged with a reason fails the synth.
 */
export const addClinicall = (app: App, config: StageConfig): ClinicallStacks => {
  const env = { account: config.account ?? process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const name = `Clinicall-${config.stage}`;
  const stateful = new StatefulStack(app, `${name}-Data`, {
    env,
    config,
    description: `Clinicall ${config.stage}: keys, clinical records, staff accounts (retained)`,
  });
  const stateless = new StatelessStack(app, `${name}-App`, {
    env,
    config,
    data: stateful,
    siteDirectory: siteDirectory(),
    placeholderCode: isTrue(app.node.tryGetContext(placeholderCodeContext)),
    description: `Clinicall ${config.stage}: API, functions, timer and site`,
  });
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }),
    new HIPAASecurityChecks(app),
  );
  return { stateful, stateless };
};
