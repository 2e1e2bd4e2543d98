import { describe, expect, test } from 'vitest';
import { CallRoster } from './call-roster.ts';

describe('the call roster', () => {
  test('knows the people in the call when it starts, and nobody else', () => {
    const roster = new CallRoster(['host', 'patient']);
    expect(roster.has('host')).toBe(true);
    expect(roster.has('waiting')).toBe(false);
  });

  test('holds the hello of someone waiting and gives it back once the server lets them in', () => {
    const roster = new CallRoster(['host']);
    roster.hold('interpreter', { kind: 'hello', n: 1 });
    roster.hold('interpreter', { kind: 'hello', n: 2 });
    expect(roster.has('interpreter')).toBe(false);
    expect(roster.update('interpreter', true)).toEqual({ kind: 'hello', n: 2 });
    expect(roster.has('interpreter')).toBe(true);
    expect(roster.update('interpreter', true)).toBeUndefined();
  });

  test('forgets a held hello when the person leaves without being let in, and whoever leaves the call', () => {
    const roster = new CallRoster(['host', 'patient']);
    roster.hold('visitor', { kind: 'hello' });
    expect(roster.update('visitor', false)).toBeUndefined();
    expect(roster.update('visitor', true)).toBeUndefined();
    roster.update('patient', false);
    expect(roster.has('patient')).toBe(false);
  });
});

describe('the call roster asked again', () => {
  test('lets in those held who are now on the server list, with their hellos, and nobody else', () => {
    const roster = new CallRoster(['host']);
    roster.hold('patient', { kind: 'hello', from: 'patient' });
    roster.hold('waiting', { kind: 'hello', from: 'waiting' });
    expect(roster.admitHeld(['host', 'patient'])).toEqual([['patient', { kind: 'hello', from: 'patient' }]]);
    expect(roster.has('patient')).toBe(true);
    expect(roster.has('waiting')).toBe(false);
    expect(roster.admitHeld(['host', 'patient'])).toEqual([]);
  });
});
