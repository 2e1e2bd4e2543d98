import type { Patient } from '@clinicall/shared';
import { beforeAll, expect, test } from 'vitest';
import type { TFunction } from 'i18next';
import { testI18n } from '../../i18n/testing.ts';
import { consultNowRequest as request, defaultChannel, type DestinationChoice } from './destination.ts';

let english: TFunction<'consultNow'>;
let swedish: TFunction<'consultNow'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'consultNow');
  swedish = (await testI18n('sv')).getFixedT('sv', 'consultNow');
});
const consultNowRequest = (patient: Patient | undefined, choice: DestinationChoice) => request(patient, choice, english);

const alex: Patient = {
  id: 'patient-alex-1',
  givenName: 'Alex',
  familyName: 'Example',
  dateOfBirth: '1980-04-12',
  mobile: '+447700900123',
  email: 'alex@example.org',
  language: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
};
const choice = (changes: Partial<DestinationChoice>): DestinationChoice => ({
  channel: 'sms',
  oneOff: '',
  useOneOff: false,
  displayName: '',
  ...changes,
});

test('SMS is preselected when a mobile number is known, email otherwise', () => {
  expect(defaultChannel(alex)).toBe('sms');
  expect(defaultChannel({ ...alex, mobile: undefined })).toBe('email');
  expect(defaultChannel({ ...alex, mobile: undefined, email: undefined })).toBe('email');
  expect(defaultChannel(undefined)).toBe('sms');
  expect(defaultChannel(alex, 'email')).toBe('email');
  expect(defaultChannel({ ...alex, email: undefined }, 'email')).toBe('sms');
});

test('a patient on record is sent to by id, a one-off destination rides along', () => {
  expect(consultNowRequest(alex, choice({}))).toEqual({ ok: true, body: { patientId: alex.id, channel: 'sms' } });
  expect(consultNowRequest(alex, choice({ channel: 'email' }))).toEqual({ ok: true, body: { patientId: alex.id, channel: 'email' } });
  expect(consultNowRequest(alex, choice({ useOneOff: true, oneOff: '07700 900 456' }))).toEqual({
    ok: true,
    body: { patientId: alex.id, channel: 'sms', mobile: '+447700900456' },
  });
  // The one-off field typed then switched off is not sent.
  expect(consultNowRequest(alex, choice({ useOneOff: false, oneOff: '07700 900 456' }))).toEqual({
    ok: true,
    body: { patientId: alex.id, channel: 'sms' },
  });
});

test('nothing on record for the channel makes the one-off destination required', () => {
  const noMobile = { ...alex, mobile: undefined };
  expect(consultNowRequest(noMobile, choice({}))).toMatchObject({ ok: false, field: 'oneOff' });
  expect(consultNowRequest(alex, choice({ useOneOff: true, oneOff: '12' }))).toMatchObject({
    ok: false,
    field: 'oneOff',
    problem: expect.stringMatching(/mobile number/) as unknown,
  });
});

test('someone not on record: a mobile or email, and optionally a name', () => {
  expect(consultNowRequest(undefined, choice({ oneOff: '+46 70 123 45 67', displayName: ' Sam ' }))).toEqual({
    ok: true,
    body: { channel: 'sms', mobile: '+46701234567', displayName: 'Sam' },
  });
  expect(consultNowRequest(undefined, choice({ channel: 'email', oneOff: 'sam@example.org' }))).toEqual({
    ok: true,
    body: { channel: 'email', email: 'sam@example.org' },
  });
  expect(consultNowRequest(undefined, choice({ channel: 'email', oneOff: 'nope' }))).toMatchObject({ ok: false, field: 'oneOff' });
  expect(consultNowRequest(undefined, choice({ oneOff: '07700900123', displayName: '<b>' }))).toMatchObject({
    ok: false,
    field: 'displayName',
  });
});

test('problems are told in the active language', () => {
  expect(request(undefined, choice({ oneOff: '' }), swedish)).toMatchObject({ ok: false, problem: 'Ange mobilnumret som länken ska skickas till.' });
  expect(request(undefined, choice({ channel: 'email', oneOff: 'nope' }), swedish)).toMatchObject({ ok: false, problem: /^Ange en e-postadress/ });
  expect(request(undefined, choice({ oneOff: '1'.repeat(40) }), english)).toMatchObject({ ok: false, problem: 'That mobile number is too long.' });
});
