import { join } from 'node:path';
import { build } from 'esbuild';
import { baselineSource, lambdaEntries, lambdaOptions } from './lambda-bundles.ts';
import { table } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;

/** What a bundle holds, in minified bytes, by npm package or by source folder (`shared/schemas`, `functions/use-cases`). */
const holdings = async (options: Parameters<typeof build>[0]): Promise<Map<string, number>> => {
  const { metafile } = await build({ ...options, metafile: true, write: false, outfile: join(root, 'out.mjs') });
  const byPart = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.replace(/^(\w+)\/src\/([^/]+)\/.*/, '$1/$2');
      byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
    }
  }
  return byPart;
};

/**
 * `npm run bench -- lambda-contents`: for every Lambda bundle, what it holds beyond the baseline
 * (the DynamoDB document client), largest first: where to look when a bundle grows.
 */
export const benchLambdaContents = async (): Promise<string> => {
  const baseline = await holdings({
    ...lambdaOptions,
    stdin: { contents: baselineSource, resolveDir: join(root, 'functions'), loader: 'ts', sourcefile: 'baseline.ts' },
  });
  const rows: string[][] = [];
  for (const entry of lambdaEntries()) {
    const held = await holdings({ ...lambdaOptions, entryPoints: [entry.path] });
    const beyond = [...held]
      .map(([part, bytes]) => [part, bytes - (baseline.get(part) ?? 0)] as const)
      .filter(([, bytes]) => bytes >= 1024)
      .sort((a, b) => b[1] - a[1]);
    const total = beyond.reduce((sum, [, bytes]) => sum + bytes, 0);
    rows.push([
      entry.name,
      `${(total / 1024).toFixed(1)} KB`,
      beyond.slice(0, 8).map(([part, bytes]) => `${part} ${(bytes / 1024).toFixed(0)}`).join(', '),
    ]);
  }
  return [
    'Lambda bundles: what each holds beyond the baseline (minified KB, parts of 1 KB or more, the 8 largest)',
    table([['bundle', 'beyond', 'largest parts (KB)'], ...rows]),
  ].join('\n');
};
