import type { TFunction } from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { intlLocale } from '../../i18n/format.ts';
import { testI18n } from '../../i18n/testing.ts';
import { requestWindow } from './appointment-words.ts';
import { staffWhen } from './staff-when.ts';

let english: TFunction<'appointments'>;
let swedish: TFunction<'appointments'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'appointments');
  swedish = (await testI18n('sv')).getFixedT('sv', 'appointments');
});

test("the organisation's clock first, the clinician's own in brackets when it differs", () => {
  const instant = new Date('2026-04-14T08:00:00Z');
  expect(staffWhen(instant, 'Europe/London', english, 'Europe/London')).toBe('Tue 14 Apr 2026, 09:00 London time');
  expect(staffWhen(instant, 'Europe/London', english, 'Europe/Stockholm')).toBe(
    'Tue 14 Apr 2026, 09:00 London time (10:00 your time)',
  );
  expect(staffWhen(new Date('2026-04-14T05:00:00Z'), 'Europe/London', english, 'America/Los_Angeles')).toBe(
    'Tue 14 Apr 2026, 06:00 London time (Mon 13 Apr 2026, 22:00 your time)',
  );
});

test('in Swedish, the same clocks in Swedish words', () => {
  expect(staffWhen(new Date('2026-04-14T08:00:00Z'), 'Europe/London', swedish, 'Europe/Stockholm')).toMatch(
    /kl\. 09:00 i London \(kl\. 10:00 hos dig\)$/,
  );
});

test("a patient's request: the days they asked for, in the active language", () => {
  const request = { from: '2026-04-15', to: '2026-04-20', partOfDay: 'morning' } as const;
  expect(requestWindow(request, english, intlLocale('en'))).toBe('Wed 15 Apr – Mon 20 Apr, mornings');
  expect(requestWindow({ ...request, to: request.from, partOfDay: 'any' }, english, intlLocale('en'))).toBe('Wed 15 Apr, any time of day');
  expect(requestWindow(request, swedish, 'sv-SE')).toBe('ons 15 apr. – mån 20 apr., förmiddagar');
});
