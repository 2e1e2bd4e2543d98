import { expect, test } from 'vitest';
import { readSignal } from './signal-message.ts';

test('hello, with the connections the sender kept after a network drop, and those it is offering a connection as it joins', () => {
  expect(readSignal({ kind: 'hello' })).toEqual({ kind: 'hello' });
  expect(readSignal({ kind: 'hello', keep: ['a', 2, 'b'] })).toEqual({ kind: 'hello', keep: ['a', 'b'] });
  expect(readSignal({ kind: 'hello', offering: ['c', null], keep: 'a' })).toEqual({ kind: 'hello', offering: ['c'] });
  expect(readSignal({ kind: 'hello', offering: Array(100).fill('x') })).toMatchObject({ offering: Array(64).fill('x') });
  expect(readSignal({ kind: 'hello', ask: true })).toEqual({ kind: 'hello', ask: true });
  expect(readSignal({ kind: 'hello', ask: 'yes' })).toEqual({ kind: 'hello' });
});

test('media state: four flags, and a name and role trimmed to 100 characters', () => {
  const state = { kind: 'media-state', microphoneOn: false, cameraOn: true, sharingScreen: false, poorConnection: true };
  expect(readSignal({ ...state, name: ` ${'x'.repeat(120)} `, role: 'interpreter', extra: 1 })).toEqual({
    ...state,
    name: 'x'.repeat(100),
    role: 'interpreter',
  });
  expect(readSignal({ ...state, cameraOn: 'yes' })).toBeUndefined();
});

test('descriptions and candidates keep only what WebRTC needs; anything else is ignored', () => {
  expect(readSignal({ kind: 'description', description: { type: 'offer', sdp: 'v=0', x: 1 } })).toEqual({
    kind: 'description',
    description: { type: 'offer', sdp: 'v=0' },
  });
  expect(readSignal({ kind: 'description', description: { type: 'rollback' } })).toBeUndefined();
  expect(readSignal({ kind: 'candidates', candidates: [{ candidate: 'candidate:1' }, 'x', { candidate: 2 }] })).toEqual({
    kind: 'candidates',
    candidates: [{ candidate: 'candidate:1' }],
  });
  expect(readSignal({ kind: 'candidates', candidates: Array(100).fill({ candidate: 'c' }) })).toMatchObject({
    candidates: Array(32).fill({ candidate: 'c' }),
  });
  expect(readSignal({ kind: 'candidates', candidates: [] })).toBeUndefined();
  expect(readSignal({ kind: 'candidates', candidates: 'candidate:1' })).toBeUndefined();
  expect(readSignal({ kind: 'shout' })).toBeUndefined();
  expect(readSignal('hello')).toBeUndefined();
});
