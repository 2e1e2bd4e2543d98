import { readLocalNumbersIn } from '@clinicall/shared';
import { afterEach, expect, test } from 'vitest';
import { inviteRequest } from './invite-request.ts';

const choice = { role: 'interpreter' as const, destination: '', displayName: '', admitOnArrival: false };

test('a mobile number in any format with its country code becomes E.164 and goes by SMS', () => {
  for (const written of ['+46 70 123 45 67', '+46-70-1234567', '0046 (70) 123 45 67']) {
    expect(inviteRequest({ ...choice, destination: written })).toEqual({
      ok: true,
      body: { role: 'interpreter', admitOnArrival: false, mobile: '+46701234567', channel: 'sms' },
    });
  }
});

afterEach(() => readLocalNumbersIn('GB'));

test('a number dialled in the organisation’s country is accepted, as the patient form accepts it', () => {
  expect(inviteRequest({ ...choice, destination: '07700 900123' })).toMatchObject({ ok: true, body: { mobile: '+447700900123', channel: 'sms' } });
  readLocalNumbersIn('SE');
  expect(inviteRequest({ ...choice, destination: '070-123 45 67' })).toMatchObject({ ok: true, body: { mobile: '+46701234567', channel: 'sms' } });
});

test('an email address goes by email, with the optional name and admission choice', () => {
  expect(
    inviteRequest({
      ...choice,
      role: 'colleague',
      destination: ' sam@example.org ',
      displayName: ' Sam ',
      admitOnArrival: true,
    }),
  ).toEqual({
    ok: true,
    body: {
      role: 'colleague',
      admitOnArrival: true,
      displayName: 'Sam',
      email: 'sam@example.org',
      channel: 'email',
    },
  });
});

test('what is missing or wrong is said for the field it concerns', () => {
  const problem = (change: Partial<typeof choice> & { role?: undefined | 'interpreter' }) => {
    const answer = inviteRequest({ ...choice, ...change });
    return answer.ok ? undefined : `${answer.field}: ${answer.problem}`;
  };
  expect(problem({ role: undefined, destination: '+46701234567' })).toBe('role: role-missing');
  expect(problem({ destination: '' })).toBe('destination: destination-missing');
  expect(problem({ destination: '070 12' })).toBe('destination: mobile-invalid');
  expect(problem({ destination: '+46 12' })).toBe('destination: mobile-invalid');
  expect(problem({ destination: 'sam@' })).toBe('destination: email-invalid');
  expect(problem({ destination: '+46701234567', displayName: '<b>' })).toBe('displayName: name-invalid');
});
