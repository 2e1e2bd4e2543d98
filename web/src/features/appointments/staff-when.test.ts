import { expect, test } from 'vitest';
import { staffWhen } from './staff-when.ts';

test("the organisation's clock first, the clinician's own in brackets when it differs", () => {
  const instant = new Date('2026-04-14T08:00:00Z');
  expect(staffWhen(instant, 'Europe/London', 'Europe/London')).toBe('Tue 14 Apr 2026, 09:00 London time');
  expect(staffWhen(instant, 'Europe/London', 'Europe/Stockholm')).toBe(
    'Tue 14 Apr 2026, 09:00 London time (10:00 your time)',
  );
  expect(staffWhen(new Date('2026-04-14T05:00:00Z'), 'Europe/London', 'America/Los_Angeles')).toBe(
    'Tue 14 Apr 2026, 06:00 London time (Mon 13 Apr 2026, 22:00 your time)',
  );
});
