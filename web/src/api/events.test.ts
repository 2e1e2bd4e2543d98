import { afterEach, beforeEach, expect, test, vi } from 'vitest';

/** The events socket, as a browser would open it: the test plays the server. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  static readonly OPEN = 1;
  readyState = 0;
  onopen: (() => void) | undefined;
  onmessage: ((message: { data: string }) => void) | undefined;
  onclose: (() => void) | undefined;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  tell(event: object) {
    this.onmessage?.({ data: JSON.stringify(event) });
  }
  send() {}
  close() {}
}

beforeEach(() => {
  FakeSocket.opened = [];
  vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });
  vi.stubGlobal('location', { origin: 'http://localhost:3000' });
  vi.stubGlobal('sessionStorage', { getItem: () => null });
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ticket: 't'.repeat(43) }), { status: 201 })));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const openStream = async () => {
  const { EventStream } = await import('./events.ts');
  const stream = new EventStream({ token: 'session' });
  stream.start();
  await vi.waitFor(() => expect(FakeSocket.opened).toHaveLength(1));
  const socket = FakeSocket.opened[0]!;
  socket.open();
  return { stream, socket };
};

const signal = (from: string, kind: string) => ({ type: 'signal', consultationId: 'c', from, data: { kind } });

test('signals that come before the call listens are held for it, then each comes as it is heard', async () => {
  const { stream, socket } = await openStream();
  socket.tell(signal('host', 'description'));
  socket.tell(signal('host', 'candidates'));
  const heard: [string, boolean][] = [];
  const stop = stream.subscribeSignals((event, held) => heard.push([(event.data as { kind: string }).kind, held]));
  expect(heard).toEqual([
    ['description', true],
    ['candidates', true],
  ]);
  socket.tell(signal('host', 'media-state'));
  expect(heard.at(-1)).toEqual(['media-state', false]);
  // Taken once: a call starting again later does not hear them a second time.
  stop();
  const again: string[] = [];
  stream.subscribeSignals((event) => again.push((event.data as { kind: string }).kind));
  expect(again).toEqual([]);
  stream.stop();
});

test('held signals go stale: a call starting much later does not take them', async () => {
  const { stream, socket } = await openStream();
  vi.useFakeTimers({ toFake: ['Date'] });
  socket.tell(signal('host', 'description'));
  vi.setSystemTime(Date.now() + 11_000);
  const heard: string[] = [];
  stream.subscribeSignals((event) => heard.push((event.data as { kind: string }).kind));
  expect(heard).toEqual([]);
  stream.stop();
});

test('the stream remembers who it last heard was in the call, on this connection only', async () => {
  const { stream, socket } = await openStream();
  socket.tell({ type: 'participant-changed', consultationId: 'c', participant: { id: 'patient', state: 'admitted' } });
  socket.tell({ type: 'participant-changed', consultationId: 'c', participant: { id: 'interpreter', state: 'waiting' } });
  expect([...stream.inCall]).toEqual([
    ['patient', true],
    ['interpreter', false],
  ]);
  socket.open(); // reopened after a drop: what was missed meanwhile is asked afresh
  expect(stream.inCall.size).toBe(0);
  stream.stop();
});
