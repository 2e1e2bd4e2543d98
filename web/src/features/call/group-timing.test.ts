import { expect, test } from 'vitest';
import { breakoutCountdown, sessionEndingIn } from './group-timing.ts';

const at = (iso: string) => Date.parse(iso);
const closesAt = '2026-12-03T10:30:00.000Z';

test('a breakout room with no set time has no countdown', () => {
  expect(breakoutCountdown(undefined, at('2026-12-03T10:00:00Z'))).toBeUndefined();
  expect(breakoutCountdown('not a time', at('2026-12-03T10:00:00Z'))).toBeUndefined();
});

test('the countdown warns from 60 seconds before the room closes, not before', () => {
  expect(breakoutCountdown(closesAt, at('2026-12-03T10:20:00Z'))).toEqual({ secondsLeft: 600, warning: false });
  expect(breakoutCountdown(closesAt, at('2026-12-03T10:28:59.500Z'))).toEqual({ secondsLeft: 61, warning: false });
  expect(breakoutCountdown(closesAt, at('2026-12-03T10:29:00Z'))).toEqual({ secondsLeft: 60, warning: true });
  // Part of a second left still shows as one second, never zero before it closes.
  expect(breakoutCountdown(closesAt, at('2026-12-03T10:29:59.900Z'))).toEqual({ secondsLeft: 1, warning: true });
  // Past the time (the server closes the rooms): zero, not a negative clock.
  expect(breakoutCountdown(closesAt, at('2026-12-03T10:31:00Z'))).toEqual({ secondsLeft: 0, warning: true });
});

test('the session warns 10 minutes before it ends, in whole minutes rounded up, and stops once it has ended', () => {
  const endsAt = '2026-12-03T11:00:00.000Z';
  expect(sessionEndingIn(undefined, at('2026-12-03T10:55:00Z'))).toBeUndefined();
  expect(sessionEndingIn(endsAt, at('2026-12-03T10:49:59Z'))).toBeUndefined();
  expect(sessionEndingIn(endsAt, at('2026-12-03T10:50:00Z'))).toBe(10);
  expect(sessionEndingIn(endsAt, at('2026-12-03T10:55:30Z'))).toBe(5);
  expect(sessionEndingIn(endsAt, at('2026-12-03T10:59:59Z'))).toBe(1);
  expect(sessionEndingIn(endsAt, at('2026-12-03T11:00:00Z'))).toBeUndefined();
});
