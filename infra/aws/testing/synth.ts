import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addClinicall, type ClinicallStacks } from '../app.ts';
import { loadStageConfig, type StageConfig } from '../config/stage-config.ts';
import { placeholderCodeContext } from '../constructs/clinicall-function.ts';

export interface Synthesized extends ClinicallStacks {
  readonly app: App;
  readonly config: StageConfig;
  readonly outdir: string;
  readonly data: Template;
  readonly application: Template;
}

/**
 * The app exactly as `cdk synth` builds it (cdk-nag included), but without credentials and
 * with placeholder function code instead of esbuild bundles, so a test file synthesizes in
 * seconds. Throws, with cdk-nag's report, if any finding is unacknowledged.
 */
export const synthesize = (overrides: Partial<StageConfig> = {}): Synthesized => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  const outdir = mkdtempSync(join(tmpdir(), 'clinicall-cdk-'));
  const app = new App({ outdir, context: { [placeholderCodeContext]: true } });
  const config = { ...loadStageConfig('example'), ...overrides };
  const stacks = addClinicall(app, config);
  app.synth();
  return {
    app,
    config,
    outdir,
    ...stacks,
    data: Template.fromStack(stacks.stateful),
    application: Template.fromStack(stacks.stateless),
  };
};
