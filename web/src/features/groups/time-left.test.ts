import { expect, it } from 'vitest';
import { timeLeft } from './time-left.ts';

const now = Date.parse('2026-12-03T10:00:00.000Z');

it('counts down in minutes and seconds, and warns within the last stretch', () => {
  expect(timeLeft('2026-12-03T10:05:30.000Z', now, 60_000)).toEqual({
    kind: 'left',
    clock: '05:30',
    soon: false,
  });
  expect(timeLeft('2026-12-03T10:00:45.000Z', now, 60_000)).toEqual({
    kind: 'left',
    clock: '00:45',
    soon: true,
  });
  expect(timeLeft('2026-12-03T10:09:00.000Z', now, 600_000)).toMatchObject({ soon: true });
});

it('says when time is up, and nothing when there is no end time', () => {
  expect(timeLeft('2026-12-03T10:00:00.000Z', now, 60_000)).toEqual({ kind: 'over' });
  expect(timeLeft(undefined, now, 60_000)).toEqual({ kind: 'none' });
  expect(timeLeft('not a time', now, 60_000)).toEqual({ kind: 'none' });
});
