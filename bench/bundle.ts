import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild } from '../infra/local/src/web-build.ts';
import { table } from './stats.ts';

const root = new URL('..', import.meta.url).pathname;

/** The JavaScript a first visit to /join downloads: index.html's module script and its preloads. */
export const benchJoinBundle = async (): Promise<string> => {
  const dist = await ensureWebBuild(root);
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const rows = await Promise.all(
    scripts.map(async (src) => {
      const code = await readFile(join(dist, src));
      return [src, `${(code.length / 1024).toFixed(1)} KB`, `${(gzipSync(code).length / 1024).toFixed(1)} KB`];
    }),
  );
  const total = rows.reduce((sum, row) => sum + Number.parseFloat(row[2]!), 0);
  return [
    'patient join page: initial JavaScript (target ≤ 100 KB gzip)',
    table([['file', 'raw', 'gzip'], ...rows, ['total', '', `${total.toFixed(1)} KB`]]),
  ].join('\n');
};
