import { Readable, Writable } from 'node:stream';
import * as timers from 'node:timers';
import { describe, expect, it } from 'vitest';
import { standIns } from './middy-streams-on-demand.ts';

const load = (module: string) => import(`data:text/javascript,${encodeURIComponent(standIns[module]!)}`);

describe('the stand-ins @middy/core is bundled with', () => {
  it('tell a web stream as node:stream/web does', async () => {
    const { ReadableStream } = (await load('node:stream/web')) as { ReadableStream: new () => unknown };
    expect(new globalThis.ReadableStream() instanceof ReadableStream).toBe(true);
    expect(Readable.from(['x']) instanceof ReadableStream).toBe(false);
    expect((Object('a body') as object) instanceof ReadableStream).toBe(false);
  });

  it('pipe a stream as node:stream/promises does', async () => {
    const { pipeline } = (await load('node:stream/promises')) as { pipeline: (...streams: unknown[]) => Promise<void> };
    const written: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => void (written.push(chunk.toString()), done()) });
    await pipeline(Readable.from(['one ', 'two']), sink);
    expect(written.join('')).toBe('one two');
  });

  it('give node:timers’ own setTimeout', async () => {
    expect(((await load('node:timers')) as typeof timers).setTimeout).toBe(timers.setTimeout);
  });
});
