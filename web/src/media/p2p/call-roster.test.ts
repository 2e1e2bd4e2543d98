import { describe, expect, test } from 'vitest';
import { CallRoster } from './call-roster.ts';

describe('the call roster', () => {
  test('knows the people in the call when it starts, and nobody else', () => {
    const roster = new CallRoster(['host', 'patient']);
    expect(roster.has('host')).toBe(true);
    expect(roster.has('waiting')).toBe(false);
  });

  test('holds what someone waiting says and gives it back, in order, once the server lets them in', () => {
    const roster = new CallRoster(['host']);
    roster.hold('interpreter', { kind: 'hello' });
    roster.hold('interpreter', { kind: 'description' });
    expect(roster.has('interpreter')).toBe(false);
    expect(roster.update('interpreter', true)).toEqual([{ kind: 'hello' }, { kind: 'description' }]);
    expect(roster.has('interpreter')).toBe(true);
    expect(roster.update('interpreter', true)).toEqual([]);
  });

  test('keeps a bounded number of messages from anyone not in the call', () => {
    const roster = new CallRoster([]);
    for (let i = 0; i < 500; i++) roster.hold('flooder', { kind: 'candidate', i });
    expect(roster.update('flooder', true)).toHaveLength(64);
  });

  test('forgets what was held when the person leaves without being let in, and whoever leaves the call', () => {
    const roster = new CallRoster(['host', 'patient']);
    roster.hold('visitor', { kind: 'hello' });
    expect(roster.update('visitor', false)).toEqual([]);
    expect(roster.update('visitor', true)).toEqual([]);
    roster.update('patient', false);
    expect(roster.has('patient')).toBe(false);
  });
});

describe('the call roster asked again', () => {
  test('lets in those held who are now on the server list, with what they said, and nobody else', () => {
    const roster = new CallRoster(['host']);
    roster.hold('patient', { kind: 'hello' });
    roster.hold('waiting', { kind: 'hello' });
    expect(roster.admitHeld(['host', 'patient'])).toEqual([['patient', [{ kind: 'hello' }]]]);
    expect(roster.has('patient')).toBe(true);
    expect(roster.has('waiting')).toBe(false);
    expect(roster.admitHeld(['host', 'patient'])).toEqual([]);
  });
});
