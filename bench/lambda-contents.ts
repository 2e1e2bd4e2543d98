import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleLambda } from '../infra/aws/constructs/lambda-bundle.ts';
import { bundleParts, lambdaEntries, writeBaselineEntry } from './lambda-bundles.ts';
import { table } from './stats.ts';

/** What some of a bundle's files hold, in minified bytes, by npm package or by source folder (`shared/schemas`, `functions/use-cases`). */
const holdings = (metafile: Metafile, files: readonly string[]): Map<string, number> => {
  const byPart = new Map<string, number>();
  for (const file of files) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[file]!.inputs)) {
      const part =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.replace(/^(\w+)\/src\/([^/]+)\/.*/, '$1/$2');
      byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
    }
  }
  return byPart;
};

const largest = (parts: Map<string, number>, beyond: Map<string, number> = new Map()) => {
  const listed = [...parts]
    .map(([part, bytes]) => [part, bytes - (beyond.get(part) ?? 0)] as const)
    .filter(([, bytes]) => bytes >= 1024)
    .sort((a, b) => b[1] - a[1]);
  return { total: listed.reduce((sum, [, bytes]) => sum + bytes, 0), parts: listed };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * `npm run bench -- lambda-contents`: for every Lambda bundle, what its cold start holds beyond
 * the baseline (the DynamoDB document client), largest first, and what loads later: where to look
 * when a bundle grows.
 */
export const benchLambdaContents = async (): Promise<string> => {
  const out = await mkdtemp(join(tmpdir(), 'clinicall-lambda-contents-'));
  try {
    const parts = async (entry: string) => {
      const { metafile } = await bundleLambda(entry, out, { write: false });
      const { coldStart, later } = bundleParts(metafile);
      return { coldStart: holdings(metafile, coldStart), later: holdings(metafile, later) };
    };
    const baselineEntry = await writeBaselineEntry();
    const baseline = (await parts(baselineEntry)).coldStart;
    const rows: string[][] = [];
    for (const entry of lambdaEntries()) {
      const held = await parts(entry.path);
      const cold = largest(held.coldStart, baseline);
      const later = largest(held.later);
      rows.push([
        entry.name,
        kb(cold.total),
        cold.parts.slice(0, 8).map(([part, bytes]) => `${part} ${(bytes / 1024).toFixed(0)}`).join(', '),
        kb(later.total),
        later.parts.slice(0, 5).map(([part, bytes]) => `${part} ${(bytes / 1024).toFixed(0)}`).join(', '),
      ]);
    }
    return [
      'Lambda bundles: what each cold start holds beyond the baseline, and what loads later (minified KB, parts of 1 KB or more, the largest)',
      table([['bundle', 'beyond', 'largest parts (KB)', 'later', 'largest later parts (KB)'], ...rows]),
    ].join('\n');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
