import { beforeEach, expect, test } from 'vitest';
import { speak } from './test-language.ts';
import { describeDuration, describeWhen, placeOf, zonedWhen } from './zoned-time.ts';

beforeEach(() => speak('en'));

test('in the same zone, one time and no brackets', () => {
  const when = zonedWhen('2026-04-14T08:00:00Z', 'Europe/London', 'Europe/London');
  expect(describeWhen(when)).toBe('Tue 14 Apr 2026, 09:00');
});

test("another zone shows the viewer's clock, and the organisation's in brackets", () => {
  expect(describeWhen(zonedWhen('2026-04-14T08:00:00Z', 'Europe/London', 'Europe/Stockholm'))).toBe(
    'Tue 14 Apr 2026, 10:00 (09:00 London time)',
  );
  // Across midnight, the organisation's day is named too.
  expect(describeWhen(zonedWhen('2026-04-14T22:30:00Z', 'Europe/London', 'Asia/Tokyo'))).toBe(
    'Wed 15 Apr 2026, 07:30 (Tue 14 Apr 2026, 23:30 London time)',
  );
});

test('zones with the same clocks need no brackets', () => {
  expect(zonedWhen('2026-04-14T08:00:00Z', 'Europe/London', 'Europe/Dublin').organisation).toBeUndefined();
});

test('daylight saving: 09:00 London the morning after the clocks go forward is 09:00 on the clock', () => {
  // 29 March 2026: BST starts; 09:00 BST is 08:00 UTC.
  expect(describeWhen(zonedWhen('2026-03-30T08:00:00Z', 'Europe/London', 'Europe/London'))).toBe(
    'Mon 30 Mar 2026, 09:00',
  );
});

test('places and durations in plain words', () => {
  expect(placeOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  expect(describeDuration(30)).toBe('30 minutes');
  expect(describeDuration(60)).toBe('1 hour');
  expect(describeDuration(95)).toBe('1 hour 35 minutes');
});

test('in Swedish: Swedish days, months and words', () => {
  speak('sv');
  expect(describeWhen(zonedWhen('2026-04-14T22:30:00Z', 'Europe/London', 'Asia/Tokyo'))).toMatch(
    /^ons 15 apr\.? 2026, 07:30 \(tis 14 apr\.? 2026, 23:30 i London\)$/,
  );
  expect(describeDuration(95)).toBe('1 timme 35 minuter');
  expect(describeDuration(120)).toBe('2 timmar');
  expect(describeDuration(1)).toBe('1 minut');
});
