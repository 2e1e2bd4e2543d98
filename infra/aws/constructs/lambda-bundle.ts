import { spawnSync } from 'node:child_process';
import { build, type BuildOptions, type BuildResult } from 'esbuild';
import { contractWithoutResponses } from './contract-without-responses.ts';
import { middyStreamsOnDemand } from './middy-streams-on-demand.ts';
import { openApiAtBuildTime } from './openapi-file.ts';
import { sdkOperationsOnly } from './sdk-operations-only.ts';

/** The repository root: the lock file and every workspace live under it. */
export const projectRoot = new URL('../../../', import.meta.url).pathname;

/** The Lambda runtime every function runs, and the language level its bundle is compiled for. */
export const lambdaRuntimeName = 'nodejs24.x';
const target = 'node24';

/**
 * How the runtime starts Node.js (the functions set no NODE_OPTIONS), for the bench to import as
 * it does. Not `--enable-source-maps`, which reads and parses
 * every loaded file's source map at each cold start (a fifth of a function's import time): the
 * logger points the stack of an error it logs at the source itself (functions/src/source-stack.ts).
 */
export const lambdaNodeOptions = '';

/** The module a bundle's code is written to: a function's handler is `index.<export>`. */
export const bundleModule = 'index';
export const bundleFile = `${bundleModule}.mjs`;

/**
 * How every function's code is built, by the CDK app and by `npm run bench -- lambda-bundles`
 * alike: one minified ESM file for the runtime's Node.js, the AWS SDK included (the version we
 * test against rather than whatever the runtime carries), each SDK client holding only the
 * operations the code sends. The source map is a separate file beside it, read when an error
 * is logged so that its stack points at the source.
 */
export const lambdaBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target,
  format: 'esm',
  minify: true,
  treeShaking: true,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  // Packages' ES modules first: tree-shaking needs them (the CommonJS builds are kept whole).
  mainFields: ['module', 'main'],
  // Loads the CommonJS dependencies that remain from the ESM bundle (Lambda runs .mjs without `require`).
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  plugins: [sdkOperationsOnly, openApiAtBuildTime, middyStreamsOnDemand, contractWithoutResponses],
  // What the code loads with `import()` (clients only some requests use) becomes a chunk of its
  // own, read from disk by the first request that needs it instead of at every cold start.
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  absWorkingDir: projectRoot,
  logLevel: 'warning',
};

/**
 * One function's code from its entry file, into `outputDirectory`: `index.mjs` and the chunks it
 * loads, with esbuild's account of which file holds what.
 */
export const bundleLambda = (
  entry: string,
  outputDirectory: string,
  options: BuildOptions = {},
): Promise<BuildResult<{ metafile: true }>> =>
  build({ ...lambdaBuildOptions, ...options, metafile: true, entryPoints: { [bundleModule]: entry }, outdir: outputDirectory });

/**
 * The same, synchronously, for CDK's local bundling (which cannot wait for a promise): esbuild's
 * plugins need its asynchronous API, so a child process runs it.
 */
export const bundleLambdaSync = (entry: string, outputDirectory: string): void => {
  const script = new URL('bundle-lambda.ts', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, entry, outputDirectory], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`Bundling ${entry} failed (${result.error?.message ?? `exit ${result.status}`}).`);
};
