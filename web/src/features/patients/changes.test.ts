import type { Patient } from '@clinicall/shared';
import { expect, test } from 'vitest';
import { changesOf } from './changes.ts';
import { formatMobile } from '../../ui/format-patient.ts';

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
const unchanged = { language: 'en' as const, mobile: '+44 7700 900123', email: 'alex@example.org' };

test('asks for nothing when nothing changed, only what changed otherwise', () => {
  expect(changesOf(alex, unchanged)).toEqual({});
  expect(changesOf(alex, { ...unchanged, language: 'sv' })).toEqual({ language: 'sv' });
  expect(changesOf(alex, { ...unchanged, mobile: ' 07700 900456 ' })).toEqual({ mobile: '07700 900456' });
});

test('an emptied field removes the number or address', () => {
  expect(changesOf(alex, { ...unchanged, mobile: ' ', email: '' })).toEqual({ mobile: null, email: null });
  expect(changesOf({ ...alex, email: undefined }, { ...unchanged, email: '' })).toEqual({});
});

test('writes UK and Swedish mobiles the way they are read aloud', () => {
  expect(formatMobile('+447700900123')).toBe('+44 7700 900123');
  expect(formatMobile('+46701234567')).toBe('+46 70 123 45 67');
  expect(formatMobile('+14155550100')).toBe('+14155550100');
});
