import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { MediaCredentials, Signaller } from '../media-session.ts';
import { sentFromRoom, tagRoom } from './room-tag.ts';

/** The camera and microphone the call starts with: taken once, kept through every move. */
const microphone = { kind: 'audio', enabled: true, stop: vi.fn() };
const takeLocalMedia = vi.fn(() =>
  Promise.resolve({ getAudioTracks: () => [microphone], getVideoTracks: () => [], getTracks: () => [microphone] }),
);
vi.mock('../warm-up.ts', () => ({ takeLocalMedia }));

const { P2pMediaSession } = await import('./p2p-media-session.ts');

beforeEach(() => {
  // The little of a browser the session touches without peers connected.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices: () => Promise.resolve([]) } });
  vi.stubGlobal(
    'MediaStream',
    class {
      constructor(private readonly tracks: unknown[] = []) {}
      getVideoTracks = () => this.tracks;
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

/** The events socket as the session sees it: what it sent, and a way to hear peers and the roster. */
const fakeSignaller = () => {
  const sent: [string, unknown][] = [];
  const listeners = new Set<(from: string, data: unknown, held: boolean) => void>();
  const rosterRooms: (string | undefined)[] = [];
  const signaller: Signaller = {
    send: (to, data) => void sent.push([to, data]),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnected: () => () => undefined,
    onRoster: (_listener, room) => {
      rosterRooms.push(room);
      return () => undefined;
    },
  };
  const hear = (from: string, data: unknown) => listeners.forEach((listener) => listener(from, data, false));
  return { signaller, sent, hear, rosterRooms, take: () => sent.splice(0) };
};

const credentials = (roomId: string, roster: string[]): MediaCredentials => ({ kind: 'p2p', roomId, peerId: 'a', roster, iceServers: [] });

test('signals carry their room; one from another room, or untagged, is not from this room', () => {
  expect(tagRoom({ kind: 'hello' }, 'r1')).toEqual({ kind: 'hello', room: 'r1' });
  expect(sentFromRoom({ kind: 'hello', room: 'r1' }, 'r1')).toBe(true);
  expect(sentFromRoom({ kind: 'hello', room: 'r2' }, 'r1')).toBe(false);
  expect(sentFromRoom({ kind: 'hello' }, 'r1')).toBe(false);
  expect(sentFromRoom('hello', 'r1')).toBe(false);
});

test('moving to a breakout room says goodbye to the main room, hello to the new one, keeps the devices, and ignores the main room after', async () => {
  const { signaller, hear, take, rosterRooms } = fakeSignaller();
  const session = new P2pMediaSession(signaller, () => Promise.resolve([]));
  await session.join(credentials('r-main', ['a', 'b']));
  expect(session.room).toBe('main');
  expect(take()).toEqual([['*', { kind: 'hello', room: 'r-main' }]]);
  // b is in the main room: 'a' is the polite side and asks b to start.
  hear('b', { kind: 'hello', room: 'r-main' });
  expect(take()).toEqual([['b', { kind: 'hello', ask: true, room: 'r-main' }]]);
  expect([...session.peers.keys()]).toEqual(['b']);
  expect(session.people).toEqual(['b']);

  await session.switchRoom('breakout-1', credentials('r-b1', ['a', 'c']));
  expect(session.room).toBe('breakout-1');
  expect(take()).toEqual([
    ['*', { kind: 'bye', room: 'r-main' }],
    ['*', { kind: 'hello', room: 'r-b1' }],
  ]);
  expect(session.peers.size).toBe(0);
  expect(session.people).toEqual(['c']);
  expect(rosterRooms.slice(-2)).toEqual(['breakout-1', 'breakout-1']);
  // The camera and microphone were taken once and go on: no new permission, nothing stopped.
  expect(takeLocalMedia).toHaveBeenCalledOnce();
  expect(microphone.stop).not.toHaveBeenCalled();
  expect(session.local.microphoneOn).toBe(true);

  // A late hello from the main room, and one with no room, are not answered.
  hear('b', { kind: 'hello', room: 'r-main' });
  hear('c', { kind: 'hello' });
  expect(take()).toEqual([]);
  expect(session.peers.size).toBe(0);
  // c, in this room, is.
  hear('c', { kind: 'hello', room: 'r-b1' });
  expect(take()).toEqual([['c', { kind: 'hello', ask: true, room: 'r-b1' }]]);

  session.leave();
  expect(take()).toEqual([['*', { kind: 'bye', room: 'r-b1' }]]);
  expect(microphone.stop).toHaveBeenCalled();
});

test('a session that has left moves nowhere', async () => {
  const { signaller, take } = fakeSignaller();
  const session = new P2pMediaSession(signaller, () => Promise.resolve([]));
  await session.join(credentials('r-main', ['a']));
  session.leave();
  take();
  await session.switchRoom('breakout-1', credentials('r-b1', ['a']));
  expect(session.room).toBe('main');
  expect(take()).toEqual([]);
});
