import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { routes } from '../functions/src/routes.ts';
import { bundleFile, lambdaBuildOptions } from '../infra/aws/constructs/lambda-bundle.ts';
import { featureEntry, routesByFile } from '../infra/aws/stateless/feature-entries.ts';
import { ms, percentile, ratio, table } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;
const handlers = new URL('../functions/src/handlers/', import.meta.url).pathname;
const run = promisify(execFile);

/** Fresh `node` processes per bundle: cold imports, interleaved so drift hits every bundle alike. */
const repetitions = 11;

/** The options the CDK app builds every function with (infra/aws/constructs/lambda-bundle.ts). */
export const lambdaOptions: BuildOptions = lambdaBuildOptions;

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

/**
 * The Lambda entries the CDK app bundles: one per handler file of the route table (the generated
 * entry that dispatches its routes, as deployed), the timer task, the events socket.
 */
export const lambdaEntries = (): { name: string; path: string; functions: string[] }[] => [
  ...[...routesByFile(routes)].map(([file, served]) => ({
    name: file,
    path: featureEntry(file, served),
    functions: served.map((route) => route.operation.id),
  })),
  { name: 'timer', path: `${handlers}timer.ts`, functions: ['TimerTask'] },
  { name: 'websocket', path: `${handlers}websocket.ts`, functions: ['EventsSocket'] },
];

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
      const file = join(out, name, bundleFile);
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
      `Lambda bundles (built by infra/aws/constructs/lambda-bundle.ts, as the CDK app deploys them: ESM, minified, ${String(lambdaOptions.target)}, no externals, SDK operations the code sends); cold import = median of ${repetitions} fresh \`node ${process.version}\` processes (wall clock, and CPU time)`,
      table([['bundle', 'min', '×', 'gzip', '×', 'import', '×', 'import CPU', '×', 'functions'], ...rows]),
      `worst, as a ratio to the baseline (targets: size ≤ 1.5×, import CPU ≤ 1.3×): size ${worst((b) => b.min)} (gzip ${worst((b) => b.gzip)}), ` +
        `import ${worst((b) => median(b, 'wall'))} wall clock, ${worst((b) => median(b, 'cpu'))} CPU`,
    ].join('\n');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
