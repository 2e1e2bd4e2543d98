import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClinicallFunction } from './clinicall-function.ts';
import { bundleFile, lambdaRuntimeName } from './lambda-bundle.ts';

describe('a function’s code', () => {
  let directory: string;
  let template: Template;
  let assets: Record<string, { source: { path: string } }>;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-function-'));
    for (const feature of ['greeting', 'farewell']) {
      await writeFile(join(directory, `${feature}.ts`), `export const handler = async () => ({ statusCode: 200, body: '${feature}' });\n`);
    }
    const app = new App({ outdir: join(directory, 'cdk.out') });
    const stack = new Stack(app, 'Functions');
    const defaults = { logRetention: RetentionDays.ONE_WEEK, logKey: new Key(stack, 'Logs'), placeholderCode: false };
    for (const feature of ['greeting', 'farewell']) {
      new ClinicallFunction(stack, feature, {
        defaults,
        entry: join(directory, `${feature}.ts`),
        handler: 'handler',
        description: feature,
        environment: {},
      });
    }
    const assembly = app.synth();
    template = Template.fromStack(stack);
    assets = (JSON.parse(await readFile(join(assembly.directory, 'Functions.assets.json'), 'utf8')) as { files: typeof assets }).files;
  }, 60_000);
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const codeOf = async (description: string) => {
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: description } }));
    const key = (fn as { Properties: { Code: { S3Key: string } } }).Properties.Code.S3Key;
    const asset = assets[key.replace(/\.zip$/, '')]!;
    return { key, code: await readFile(join(directory, 'cdk.out', asset.source.path, bundleFile), 'utf8') };
  };

  it('is each entry’s own bundle, built by lambda-bundle.ts for the runtime it runs on', async () => {
    const greeting = await codeOf('greeting');
    const farewell = await codeOf('farewell');
    expect(greeting.key).not.toBe(farewell.key);
    expect(greeting.code).toContain('"greeting"');
    expect(farewell.code).toContain('"farewell"');
    template.allResourcesProperties('AWS::Lambda::Function', { Runtime: lambdaRuntimeName, Handler: 'index.handler' });
  });
});
