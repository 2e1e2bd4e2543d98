import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { routes } from '../functions/src/routes.ts';
import { openBrowser } from './support/browser.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

/** What an organisation's engineer runs: the real `cdk synth`, the smoke test, the Chime code. */

const root = new URL('..', import.meta.url).pathname;

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });

let clinicall: RunningClinicall;
let browser: BrowserContext;

beforeAll(async () => {
  clinicall = await startClinicall();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await clinicall?.stop();
  await removeDataDir(clinicall.dataDir);
});

test('`cdk synth` of the whole app, with real bundles, needs no AWS credentials', { timeout: 240_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'clinicall-synth-'));
  const { code, output } = await run(join(root, 'node_modules/.bin/cdk'), ['synth', '--quiet', '-c', 'stage=example', '-o', out], {
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
  });
  expect(code, output).toBe(0);
  const templates = readdirSync(out).filter((file) => file.endsWith('.template.json'));
  expect(templates.length).toBeGreaterThanOrEqual(2);
  // Every handler file is a real ESM bundle (routes of one file share it).
  const bundles = readdirSync(out).filter((dir) => existsSync(join(out, dir, 'index.mjs')));
  const handlerFiles = new Set(routes.map((route) => route.file));
  expect(bundles.length).toBeGreaterThanOrEqual(handlerFiles.size);
  expect(readFileSync(join(out, bundles[0]!, 'index.mjs'), 'utf8')).toMatch(/export\s*\{/);
});

test('`npm run smoke` passes against the local runtime', { timeout: 120_000 }, async () => {
  const { code, output } = await run(join(root, 'node_modules/.bin/node'), ['--import', 'tsx', 'scripts/smoke.ts', '--url', clinicall.url]);
  expect(code, output).toBe(0);
  expect(output).toContain('PASS');
});

test('the Chime media session is a chunk of its own that loads in Chromium', async () => {
  const chunk = readdirSync(join(root, 'web/dist/assets')).find((file) => /^chime-media-session-.*\.js$/.test(file));
  expect(chunk).toBeDefined();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${clinicall.url}/sign-in`);
  // A string, so the test runner does not rewrite the page's own dynamic import.
  const exported = await page.evaluate<string[]>(`import('/assets/${chunk}').then((module) => Object.keys(module))`);
  expect(exported.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  // And the patient's join page does not load it.
  const joinPage = await browser.newPage();
  const scripts: string[] = [];
  joinPage.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await joinPage.goto(`${clinicall.url}/join`);
  await joinPage.waitForLoadState('networkidle');
  expect(scripts.some((url) => url.includes('chime'))).toBe(false);
});
