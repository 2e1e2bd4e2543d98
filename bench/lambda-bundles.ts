import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { routes } from '../functions/src/routes.ts';
import { bundleFile, bundleLambda, lambdaBuildOptions, lambdaNodeOptions, projectRoot } from '../infra/aws/constructs/lambda-bundle.ts';
import { featureEntry, routesByFile } from '../infra/aws/stateless/feature-entries.ts';
import { ms, percentile, ratio, table } from './stats.ts';

const handlers = new URL('../functions/src/handlers/', import.meta.url).pathname;
const run = promisify(execFile);

/**
 * Fresh `node` processes per bundle: cold imports, each right after one of the baseline, so
 * that a ratio compares two imports a moment apart (a shared machine's load drifts by the second).
 */
const repetitions = 11;

/** What every function pays anyway: the DynamoDB document client, constructed. */
const baselineSource = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

/** The baseline's entry file, written beside the generated entries (their folder may not exist yet). */
export const writeBaselineEntry = async (): Promise<string> => {
  const path = join(projectRoot, 'functions', '.entries', 'dynamodb-baseline.ts');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, baselineSource);
  return path;
};

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
 * A bundle's JavaScript files, as deployed (source maps, shipped beside them, are left out: they
 * are read only to print an error's stack): what every cold start loads (the entry and the chunks
 * it imports) and what only the first request that needs it loads (the chunks behind `import()`).
 */
export const bundleParts = (metafile: Metafile): { coldStart: string[]; later: string[] } => {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => file.endsWith(`/${bundleFile}`))!;
  const coldStart = new Set<string>();
  const visit = (file: string) => {
    if (coldStart.has(file)) return;
    coldStart.add(file);
    for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const later = Object.keys(outputs).filter((file) => file.endsWith('.mjs') && !coldStart.has(file));
  return { coldStart: [...coldStart], later };
};

/** The SDK clients (or other packages) a set of output files holds most of, for the report. */
const packagesIn = (metafile: Metafile, files: readonly string[]): string[] => {
  const bytes = new Map<string, number>();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]!.inputs)) {
      const part = /node_modules\/(?:@aws-sdk\/(client-[^/]+)|((?:@[^/]+\/)?[^/]+))/.exec(input);
      const name = part?.[1] ?? part?.[2];
      if (name) bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes].filter(([, size]) => size >= 4096).sort((a, b) => b[1] - a[1]).map(([name]) => name);
};

interface Sample {
  readonly wall: number;
  readonly cpu: number;
  readonly allCpu: number;
}

interface Bundle {
  readonly name: string;
  readonly functions: string;
  readonly entry: string;
  /** The lazily loaded chunks, absolute paths. */
  readonly later: string[];
  readonly laterHolds: string[];
  /** Minified and gzip bytes of the cold-start part, and minified bytes of every file. */
  readonly coldStart: number;
  readonly gzip: number;
  readonly whole: number;
  /** Wall-clock and CPU milliseconds of each cold import, and CPU with every later part loaded too. */
  readonly imports: Sample[];
  /** The baseline's import just before each of those. */
  readonly baselineImports: Sample[];
}

/**
 * One import in a fresh process: wall-clock time, and the process's CPU time over it (user +
 * system, all threads), which a busy shared machine disturbs far less than the wall clock; then
 * the CPU time once every chunk loaded later is loaded too.
 */
const coldImport = async (bundle: Bundle): Promise<Sample> => {
  const script = [
    'const cpu = process.cpuUsage(); const t = performance.now();',
    `await import(${JSON.stringify(pathToFileURL(bundle.entry).href)});`,
    'const used = process.cpuUsage(cpu); const wall = performance.now() - t;',
    `for (const chunk of ${JSON.stringify(bundle.later.map((file) => pathToFileURL(file).href))}) await import(chunk);`,
    'const all = process.cpuUsage(cpu);',
    'console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000, allCpu: (all.user + all.system) / 1000 }));',
  ].join(' ');
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: lambdaNodeOptions, CLINICALL_LOG_LEVEL: 'WARN', AWS_REGION: 'eu-west-2' },
  });
  return JSON.parse(stdout.trim()) as Sample;
};

/**
 * Every Lambda bundle built as the CDK app builds it, against a bundle holding only the
 * DynamoDB document client: size (minified, gzip) and cold import time in a fresh process.
 */
export const benchLambdaBundles = async (): Promise<string> => {
  const out = await mkdtemp(join(tmpdir(), 'clinicall-lambda-bundles-'));
  try {
    const built = async (name: string, functions: string, entry: string): Promise<Bundle> => {
      const directory = join(out, name);
      const { metafile } = await bundleLambda(entry, directory);
      const { coldStart, later } = bundleParts(metafile);
      const code = async (files: readonly string[]) => Buffer.concat(await Promise.all(files.map((file) => readFile(join(projectRoot, file)))));
      const coldCode = await code(coldStart);
      return {
        name,
        functions,
        entry: join(directory, bundleFile),
        later: later.map((file) => join(projectRoot, file)),
        laterHolds: packagesIn(metafile, later),
        coldStart: coldCode.length,
        gzip: gzipSync(coldCode).length,
        whole: coldCode.length + (await code(later)).length,
        imports: [],
        baselineImports: [],
      };
    };
    const baselineEntry = await writeBaselineEntry();
    const baseline = await built('baseline', 'DynamoDBDocumentClient only', baselineEntry);
    const bundles = [baseline];
    for (const entry of lambdaEntries()) bundles.push(await built(entry.name, entry.functions.join(', '), entry.path));
    for (let i = 0; i < repetitions; i++) {
      for (const bundle of bundles.slice(1)) {
        const before = await coldImport(baseline);
        baseline.imports.push(before);
        bundle.baselineImports.push(before);
        bundle.imports.push(await coldImport(bundle));
      }
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const median = (b: Bundle, of: keyof Sample) => percentile(b.imports.map((sample) => sample[of]), 50);
    /** The median of each import's ratio to the baseline's just before it. */
    const paired = (b: Bundle, of: keyof Sample) =>
      b === baseline ? 1 : percentile(b.imports.map((sample, i) => sample[of] / b.baselineImports[i]![of]), 50);
    const times = (value: number) => `${value.toFixed(2)}×`;
    const rows = bundles.map((b) => [
      b.name,
      kb(b.coldStart),
      ratio(b.coldStart, baseline.coldStart),
      kb(b.gzip),
      ratio(b.gzip, baseline.gzip),
      ms(median(b, 'wall')),
      times(paired(b, 'wall')),
      ms(median(b, 'cpu')),
      times(paired(b, 'cpu')),
      kb(b.whole),
      ratio(b.whole, baseline.whole),
      ms(median(b, 'allCpu')),
      times(paired(b, 'allCpu')),
      b.laterHolds.join(', ') || '-',
      b.functions,
    ]);
    const worst = (of: (b: Bundle) => number) => {
      const [name, value] = bundles.map((b) => [b.name, of(b)] as const).sort((a, b) => b[1] - a[1])[0]!;
      return `${value.toFixed(2)}× (${name})`;
    };
    const size = (of: (b: Bundle) => number) => (b: Bundle) => of(b) / of(baseline);
    return [
      `Lambda bundles, built by infra/aws/constructs/lambda-bundle.ts as the CDK app deploys them (ESM, minified, ${String(lambdaBuildOptions.target)}, ` +
        'no externals, SDK operations the code sends, clients only some requests use split into chunks loaded on first use; the source maps shipped beside the code are not counted in the sizes, but read in the imports).',
      `Cold start = the entry and the chunks it imports: what every cold start loads. Whole = every file deployed. Import = median of ${repetitions} fresh ` +
        `\`node ${process.version}\` processes importing the entry with the runtime's NODE_OPTIONS (${lambdaNodeOptions || 'none'}; wall clock, and CPU time); "all loaded" = CPU once every later chunk is loaded as well. ` +
        'Each import follows one of the baseline: its × is the median of those pairs’ ratios.',
      table([
        ['bundle', 'cold start', '×', 'gzip', '×', 'import', '×', 'import CPU', '×', 'whole', '×', 'all loaded CPU', '×', 'loads later', 'functions'],
        ...rows,
      ]),
      'The targets apply to the cold start, which every new execution environment pays before its first request; a chunk loaded later is paid only by the request that first needs it.',
      `worst, as a ratio to the baseline (targets: size ≤ 1.5×, import CPU ≤ 1.3×): cold-start size ${worst(size((b) => b.coldStart))} (gzip ${worst(size((b) => b.gzip))}), ` +
        `import ${worst((b) => paired(b, 'wall'))} wall clock, ${worst((b) => paired(b, 'cpu'))} CPU; ` +
        `whole ${worst(size((b) => b.whole))}, all loaded ${worst((b) => paired(b, 'allCpu'))} CPU`,
    ].join('\n');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
