import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '@clinicall/shared';
import { routes } from '@clinicall/functions/routes';
import { featureEntry, routesByFile } from '../stateless/feature-entries.ts';
import { bundleFile, bundleLambda, projectRoot } from './lambda-bundle.ts';
import { openApiFile } from './openapi-file.ts';

describe('a function’s bundle', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundle-'));
    await writeFile(join(directory, 'rarely.ts'), "export const reminder = 'sent by the rarely used client';\n");
    await writeFile(
      join(directory, 'entry.ts'),
      "export const handler = async () => ({ statusCode: 200, body: (await import('./rarely.ts')).reminder });\n",
    );
    await bundleLambda(join(directory, 'entry.ts'), join(directory, 'out'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('loads what the code imports with import() from a chunk of its own, when first needed', async () => {
    const entry = await readFile(join(directory, 'out', bundleFile), 'utf8');
    expect(entry).not.toContain('sent by the rarely used client');
    const [chunk] = await readdir(join(directory, 'out', 'chunks'));
    expect(await readFile(join(directory, 'out', 'chunks', chunk!), 'utf8')).toContain('sent by the rarely used client');
    const { handler } = (await import(pathToFileURL(join(directory, 'out', bundleFile)).href)) as {
      handler: () => Promise<{ body: string }>;
    };
    expect((await handler()).body).toBe('sent by the rarely used client');
  });

  it('is minified ESM that can load CommonJS, with its source map beside it', async () => {
    const entry = await readFile(join(directory, 'out', bundleFile), 'utf8');
    expect(entry.startsWith("import { createRequire } from 'node:module';")).toBe(true);
    expect(entry).toContain(`//# sourceMappingURL=${bundleFile}.map`);
    expect(entry.split('\n').length).toBeLessThan(10);
  });
});

describe('a bundle holding schemas', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundle-'));
    const shared = JSON.stringify(join(projectRoot, 'shared', 'src', 'index.ts'));
    await writeFile(
      join(directory, 'entry.ts'),
      `import { Breakout, SignIn } from ${shared};\n` +
        'export const handler = async (body: unknown) => SignIn.safeParse(body).error?.issues.map((issue) => issue.message);\n' +
        'export const breakout = (value: unknown) => Breakout.safeParse(value).success;\n',
    );
    await bundleLambda(join(directory, 'entry.ts'), join(directory, 'out'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  // zod's configuration is a side effect of the module every schema is made from: bundling must keep it.
  it('answers in the configured words', async () => {
    const { handler } = (await import(pathToFileURL(join(directory, 'out', bundleFile)).href)) as {
      handler: (body: unknown) => Promise<string[] | undefined>;
    };
    expect(await handler({ email: 'alex@example.org' })).toEqual(['This is required.']);
    expect(await handler({ email: 'alex@example.org', password: 42 })).toEqual([
      'Invalid input: expected string, received number',
    ]);
  });

  // Every schema is made at the top of its module, marked pure: one the code never uses is left out.
  it('holds only the schemas the code uses', async () => {
    const entry = await readFile(join(directory, 'out', bundleFile), 'utf8');
    expect(entry).toContain('SignIn');
    expect(entry).toContain('BreakoutRoom');
    // Beside BreakoutRoom in shared/src/schemas/groups.ts, and in the modules the shared index re-exports.
    for (const unused of ['NewGroupConsultation', 'Give the session a title.', 'BroadcastRequest', 'PatientExport', 'AuditEntry']) {
      expect(entry).not.toContain(unused);
    }
  });
});

describe('the OpenAPI function’s bundle', () => {
  let directory: string;
  let metafile: Metafile;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundle-'));
    const served = routesByFile(routes).get('openapi')!;
    ({ metafile } = await bundleLambda(featureEntry('openapi', served), join(directory, 'out')));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const expected = () =>
    openApiDocument(
      routes.map((route) => route.operation),
      '1.0.0',
    );

  it('carries the document as a file made at build time, not the contract or the schema writer', async () => {
    expect(JSON.parse(await readFile(join(directory, 'out', openApiFile), 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected())));
    // What the code files hold (the inputs read but shaken out hold nothing).
    const inputs = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => input),
    );
    expect(inputs.some((input) => input.endsWith('shared/src/paths.ts'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('shared/src/openapi.ts'))).toBe(false);
    expect(inputs.some((input) => input.includes('shared/src/contract/groups.ts'))).toBe(false);
    expect(inputs.some((input) => /zod\/v4\/core\/to-json-schema/.test(input))).toBe(false);
  });

  // middy imports them for streamed responses, which no function sends (middy-streams-on-demand.ts).
  it('imports none of the Node.js modules only a streamed response needs', () => {
    const builtins = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((imported) => imported.external).map((imported) => imported.path));
    expect(builtins).toContain('node:crypto');
    for (const unused of ['node:stream/web', 'node:stream/promises', 'node:timers']) expect(builtins).not.toContain(unused);
  });

  it('serves that document', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { CLINICALL_SITE_URL: 'https://clinic.example', CLINICALL_TABLE_PREFIX: 'test' });
    try {
      const { handler } = (await import(pathToFileURL(join(directory, 'out', bundleFile)).href)) as {
        handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
      };
      const event = { routeKey: 'GET /api/openapi.json', rawPath: '/api/openapi.json', headers: {}, requestContext: { http: { method: 'GET' } } };
      const answer = await handler(event, {});
      expect(answer.statusCode).toBe(200);
      expect(JSON.parse(answer.body)).toEqual(JSON.parse(JSON.stringify(expected())));
    } finally {
      process.env = saved;
    }
  });
});

describe('a feature’s bundle', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundle-'));
    await bundleLambda(featureEntry('groups', routesByFile(routes).get('groups')!), join(directory, 'out'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  // contract-without-responses.ts: a function checks requests against the contract, never its own answers.
  it('holds the schemas of what it is asked, not of what it answers or the summaries', async () => {
    const code = (await readdir(join(directory, 'out'), { recursive: true })).filter((file) => file.endsWith('.mjs'));
    const all = (await Promise.all(code.map((file) => readFile(join(directory, 'out', file), 'utf8')))).join('\n');
    // Compared as booleans: a failure would otherwise print the whole bundle.
    expect(all.includes('Give the session a title.')).toBe(true);
    expect(all.includes('CreatedConsultation')).toBe(false);
    expect(all.includes('Register someone for a group consultation')).toBe(false);
  });
});

describe('an error a function logs', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundle-'));
    await writeFile(join(directory, 'thrower.ts'), "// The line below throws.\nexport const fail = (): never => {\n  throw new Error('no such table');\n};\n");
    const logger = JSON.stringify(join(projectRoot, 'functions', 'src', 'logger.ts'));
    await writeFile(
      join(directory, 'entry.ts'),
      `import { logger } from ${logger};\nimport { fail } from './thrower.ts';\nexport { logger };\n` +
        "export const handler = () => {\n  try {\n    fail();\n  } catch (error) {\n    logger.error('request failed', { error });\n  }\n};\n",
    );
    await bundleLambda(join(directory, 'entry.ts'), join(directory, 'out'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  /** The error of the one line the bundled handler logs. */
  const loggedError = async (file: string) => {
    const bundle = (await import(pathToFileURL(file).href)) as {
      handler: () => void;
      logger: { console: { error: (line: string) => void } };
    };
    const lines: string[] = [];
    const write = bundle.logger.console.error;
    bundle.logger.console.error = (line) => void lines.push(line);
    try {
      bundle.handler();
    } finally {
      bundle.logger.console.error = write;
    }
    return (JSON.parse(lines[0]!) as { error: { location: string; stack: string } }).error;
  };

  // The runtime starts Node.js without --enable-source-maps: the logger reads the map itself, only then.
  it('points its stack at the source, from the source map beside the bundle', async () => {
    const error = await loggedError(join(directory, 'out', bundleFile));
    expect(error.location).toMatch(/thrower\.ts:3:\d+$/);
    expect(error.stack).toMatch(/entry\.ts:\d+:\d+/);
    expect(error.stack).not.toContain(bundleFile);
  });

  it('keeps the bundle’s own lines where there is no source map', async () => {
    const bare = join(directory, 'bare');
    await mkdir(bare);
    const code = await readFile(join(directory, 'out', bundleFile), 'utf8');
    await writeFile(join(bare, bundleFile), code.replace(/\/\/# sourceMappingURL=.*$/m, ''));
    const error = await loggedError(join(bare, bundleFile));
    expect(error.location).toContain(`${bundleFile}:`);
  });
});
