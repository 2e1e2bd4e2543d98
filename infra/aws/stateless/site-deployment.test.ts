import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { expect, test } from 'vitest';
import { SiteDeployment } from './site-deployment.ts';

/** Every file under a directory, relative to it. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );

test('publishes the built assets but not their source maps', () => {
  const build = mkdtempSync(join(tmpdir(), 'clinicall-build-'));
  mkdirSync(join(build, 'assets'));
  for (const file of ['index.html', 'assets/index-abc.js', 'assets/index-abc.js.map', 'assets/call-def.js', 'assets/call-def.js.map']) {
    writeFileSync(join(build, file), '/* built */');
  }
  const outdir = mkdtempSync(join(tmpdir(), 'clinicall-cdk-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'Site', { env: { account: '123456789012', region: 'eu-west-2' } });
  new SiteDeployment(stack, 'Deployment', {
    bucket: new Bucket(stack, 'Bucket'),
    directory: build,
    config: {
      mode: 'aws',
      apiBase: '',
      timeZone: 'Europe/London',
      defaultLanguage: 'en',
      country: 'GB',
      linkTtlSeconds: 300,
      auth: { kind: 'cognito', domain: 'auth.example', clientId: 'c', userPoolId: 'p', region: 'eu-west-2' },
    },
    logRetention: RetentionDays.ONE_MONTH,
    logKey: new Key(stack, 'Key'),
  });
  app.synth();
  const staged = readdirSync(outdir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name.startsWith('asset.')).map((entry) => entry.name).flatMap((name) => filesUnder(join(outdir, name)));
  expect(staged).toContain('assets/index-abc.js');
  expect(staged).toContain('assets/call-def.js');
  expect(staged.filter((file) => file.endsWith('.map'))).toEqual([]);
});
