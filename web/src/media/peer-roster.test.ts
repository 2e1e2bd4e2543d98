import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PeerRoster } from './peer-roster.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const media = { microphoneOn: false, cameraOn: true, sharingScreen: false, poorConnection: false };

test('a peer connects; when the connection drops they are "reconnecting", and "no network" after 30 s', () => {
  const changed = vi.fn();
  const roster = new PeerRoster(changed);
  roster.arrived('alex');
  expect(roster.connectionOf('alex')).toBe('connecting');
  roster.connected('alex');
  roster.media('alex', media);
  roster.lost('alex');
  expect(roster.connectionOf('alex')).toBe('reconnecting');
  vi.advanceTimersByTime(29_000);
  expect(roster.connectionOf('alex')).toBe('reconnecting');
  vi.advanceTimersByTime(1_000);
  expect(roster.connectionOf('alex')).toBe('no-network');
  // Back: connected again, and what they told us is kept.
  roster.connected('alex');
  expect(roster.peers.get('alex')).toMatchObject({ connection: 'connected', media });
  expect(changed).toHaveBeenCalled();
});

test('coming back within 30 s cancels "no network"; a poor connection is its own state', () => {
  const roster = new PeerRoster(() => undefined);
  roster.arrived('sam');
  roster.connected('sam');
  roster.lost('sam');
  vi.advanceTimersByTime(10_000);
  roster.connected('sam', true);
  vi.advanceTimersByTime(60_000);
  expect(roster.connectionOf('sam')).toBe('poor');
});

test('saying hello again while connected means the connection is being rebuilt: reconnecting, no picture', () => {
  const roster = new PeerRoster(() => undefined);
  roster.arrived('sam');
  roster.stream('sam', {} as MediaStream);
  roster.connected('sam');
  roster.arrived('sam');
  expect(roster.peers.get('sam')).toMatchObject({ connection: 'reconnecting', stream: undefined });
});

test('someone who never connected stays "connecting" rather than "reconnecting"; goodbye removes them', () => {
  const roster = new PeerRoster(() => undefined);
  roster.arrived('kim');
  roster.lost('kim');
  expect(roster.connectionOf('kim')).toBe('connecting');
  roster.remove('kim');
  expect(roster.peers.has('kim')).toBe(false);
  vi.advanceTimersByTime(60_000);
  expect(roster.peers.size).toBe(0);
});

test('every change is a new map (the call screen compares by identity)', () => {
  const roster = new PeerRoster(() => undefined);
  const before = roster.peers;
  roster.arrived('kim');
  expect(roster.peers).not.toBe(before);
});
