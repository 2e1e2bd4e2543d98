import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { handlerEntry, routes } from '../functions/src/routes.ts';
import { ms, percentile, ratio, table } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;
const handlers = new URL('../functions/src/handlers/', import.meta.url).pathname;
const run = promisify(execFile);

/** Fresh `node` processes per bundle: cold imports, interleaved so drift hits every bundle alike. */
const repetitions = 11;

/**
 * Exactly the esbuild options `ClinicallFunction` gives NodejsFunction
 * (infra/aws/constructs/clinicall-function.ts), which runs esbuild from the project root.
 */
export const lambdaOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  external: [],
  absWorkingDir: root,
  logLevel: 'warning',
};

/** What every function pays anyway: the DynamoDB document client, constructed. */
export const baselineSource = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

interface Bundle {
  readonly name: string;
  readonly functions: string;
  readonly file: string;
  readonly min: number;
  readonly gzip: number;
  /** Wall-clock and CPU milliseconds of each cold import. */
  readonly imports: { wall: number; cpu: number }[];
}

/** The Lambda entries the CDK app bundles: one per handler file of the route table, the timer task, the events socket. */
export const lambdaEntries = (): { name: string; path: string; functions: string[] }[] => {
  const byFile = new Map<string, { name: string; path: string; functions: string[] }>();
  for (const route of routes) {
    const entry = byFile.get(route.file) ?? { name: route.file, path: handlerEntry(route), functions: [] };
    entry.functions.push(route.operation.id);
    byFile.set(route.file, entry);
  }
  return [
    ...byFile.values(),
    { name: 'timer', path: `${handlers}timer.ts`, functions: ['TimerTask'] },
    { name: 'websocket', path: `${handlers}websocket.ts`, functions: ['EventsSocket'] },
  ];
};

/**
 * One import in a fresh process: wall-clock time, and the process's CPU time over it (user +
 * system, all threads), which a busy shared machine disturbs far less than the wall clock.
 */
const coldImport = async (file: string): Promise<{ wall: number; cpu: number }> => {
  const script = [
    'const cpu = process.cpuUsage(); const t = performance.now();',
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'const used = process.cpuUsage(cpu);',
    'console.log(JSON.stringify({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }));',
  ].join(' ');
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'WARN', AWS_REGION: 'eu-west-2' },
  });
  return JSON.parse(stdout.trim()) as { wall: number; cpu: number };
};

/**
 * Every Lambda bundle built as the CDK app builds it, against a bundle holding only the
 * DynamoDB document client: size (minified, gzip) and cold import time in a fresh process.
 */
export const benchLambdaBundles = async (): Promise<string> => {
  const out = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundles-'));
  try {
    const sized = async (name: string, functions: string, options: BuildOptions): Promise<Bundle> => {
      const file = join(out, name, 'index.mjs');
      await build({ ...options, outfile: file });
      const code = await readFile(file);
      return { name, functions, file, min: code.length, gzip: gzipSync(code).length, imports: [] };
    };
    const baseline = await sized('baseline', 'DynamoDBDocumentClient only', {
      ...lambdaOptions,
      stdin: { contents: baselineSource, resolveDir: join(root, 'functions'), loader: 'ts', sourcefile: 'baseline.ts' },
    });
    const bundles = [baseline];
    for (const entry of lambdaEntries()) {
      bundles.push(await sized(entry.name, entry.functions.join(', '), { ...lambdaOptions, entryPoints: [entry.path] }));
    }
    for (let i = 0; i < repetitions; i++) {
      for (const bundle of bundles) bundle.imports.push(await coldImport(bundle.file));
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const median = (b: Bundle, of: 'wall' | 'cpu') => percentile(b.imports.map((sample) => sample[of]), 50);
    const rows = bundles.map((b) => [
      b.name,
      kb(b.min),
      ratio(b.min, baseline.min),
      kb(b.gzip),
      ratio(b.gzip, baseline.gzip),
      ms(median(b, 'wall')),
      ratio(median(b, 'wall'), median(baseline, 'wall')),
      ms(median(b, 'cpu')),
      ratio(median(b, 'cpu'), median(baseline, 'cpu')),
      b.functions,
    ]);
    const worst = (of: (b: Bundle) => number) => `${Math.max(...bundles.map((b) => of(b) / of(baseline))).toFixed(2)}×`;
    return [
      `Lambda bundles (esbuild as ClinicallFunction: ESM, minified, node24, no externals); cold import = median of ${repetitions} fresh \`node ${process.version}\` processes (wall clock, and CPU time)`,
      table([['bundle', 'min', '×', 'gzip', '×', 'import', '×', 'import CPU', '×', 'functions'], ...rows]),
      `worst, as a ratio to the baseline (targets: size ≤ 1.5×, import CPU ≤ 1.3×): size ${worst((b) => b.min)} (gzip ${worst((b) => b.gzip)}), ` +
        `import ${worst((b) => median(b, 'wall'))} wall clock, ${worst((b) => median(b, 'cpu'))} CPU`,
    ].join('\n');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
