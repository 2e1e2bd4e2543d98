import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A stack trace of bundled code, pointed back at the source: each frame in a file with a source
 * map beside it (`index.mjs.map`, as every function's bundle has) names the source file, line and
 * column. Done here, when an error is logged, instead of by Node's `--enable-source-maps`, which
 * reads every bundle's source map at every cold start. Frames without a map are left as they are.
 */
const maps = new Map<string, SourceMap | undefined>();

const mapOf = (file: string): SourceMap | undefined => {
  if (maps.has(file)) return maps.get(file);
  let map: SourceMap | undefined;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    // No map beside the file (or not one that reads): its frames stay as they are.
    map = undefined;
  }
  maps.set(file, map);
  return map;
};

/** A source's path from where the project's folders start ("functions/src/…", "node_modules/…"). */
const shortened = (source: string) => {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const start = /(?:^|\/)((?:functions|shared|infra|node_modules)\/.*)$/.exec(path);
  return start?.[1] ?? path;
};

/** `(file:///var/task/index.mjs:1:2345)` or `file:///var/task/index.mjs:1:2345` at the end of a frame. */
const location = /(\(?)((?:file:\/\/)?\/[^():]+\.m?js):(\d+):(\d+)(\)?)$/;

const mappedFrame = (frame: string): string =>
  frame.replace(location, (whole, open: string, file: string, line: string, column: string, close: string) => {
    const map = mapOf(file.startsWith('file:') ? fileURLToPath(file) : file);
    const origin = map?.findOrigin(Number(line), Number(column));
    if (!origin || !('fileName' in origin)) return whole;
    return `${open}${shortened(origin.fileName)}:${origin.lineNumber}:${origin.columnNumber}${close}`;
  });

export const sourceStack = (stack: string | undefined): string | undefined => stack?.split('\n').map(mappedFrame).join('\n');
