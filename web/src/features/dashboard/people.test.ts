import type { Consultation, LinkView } from '@clinicall/shared';
import type { TFunction } from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { intlLocale } from '../../i18n/format.ts';
import { testI18n } from '../../i18n/testing.ts';
import { deviceCheckWords } from '../call/index.ts';
import { currentLinks, guestNames } from './people.ts';

const link = (id: string, participantId: string, status: LinkView['status']): LinkView => ({
  id,
  consultationId: 'consultation-1',
  participantId,
  channel: 'sms',
  sentTo: '+44 •••• •••123',
  expiresAt: '2026-01-01T10:05:00.000Z',
  status,
});

const consultation = (links: LinkView[]): Consultation => ({
  id: 'consultation-1',
  type: 'consult-now',
  status: 'open',
  hostId: 'staff-1',
  hostName: 'Dr Sam Carter',
  createdAt: '2026-01-01T10:00:00.000Z',
  participants: [
    { id: 'host-part', role: 'clinician', displayName: 'Dr Sam Carter', state: 'admitted', staffId: 'staff-1', updatedAt: '2026-01-01T10:00:00.000Z' },
    { id: 'alex-part', role: 'patient', displayName: 'Alex Example', state: 'invited', updatedAt: '2026-01-01T10:00:00.000Z' },
  ],
  links,
});

test('a resent link replaces the old one on the dashboard', () => {
  expect(currentLinks(consultation([link('old-link-1', 'alex-part', 'revoked'), link('new-link-1', 'alex-part', 'issued')])).map((l) => l.id)).toEqual([
    'new-link-1',
  ]);
  expect(currentLinks(consultation([link('new-link-1', 'alex-part', 'issued'), link('old-link-1', 'alex-part', 'revoked')])).map((l) => l.id)).toEqual([
    'new-link-1',
  ]);
  expect(currentLinks(consultation([link('old-link-1', 'alex-part', 'revoked'), link('new-link-1', 'alex-part', 'revoked')])).map((l) => l.id)).toEqual([
    'new-link-1',
  ]);
});

let english: TFunction<'dashboard'>;
let swedish: TFunction<'dashboard'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'dashboard');
  swedish = (await testI18n('sv')).getFixedT('sv', 'dashboard');
});

test('the host is not listed among the guests', () => {
  expect(guestNames(consultation([]), english, intlLocale('en'))).toBe('Alex Example');
});

test('several guests are listed the way each language lists them; a nameless one is a guest', () => {
  const three = consultation([]);
  three.participants.push(
    { id: 'sam-part', role: 'patient', displayName: 'Sam', state: 'invited', updatedAt: '2026-01-01T10:00:00.000Z' },
    { id: 'anon-part', role: 'patient', displayName: ' ', state: 'invited', updatedAt: '2026-01-01T10:00:00.000Z' },
  );
  expect(guestNames(three, english, intlLocale('en'))).toBe('Alex Example, Sam and Guest');
  expect(guestNames(three, swedish, 'sv-SE')).toBe('Alex Example, Sam och Gäst');
});

test("the device check in the clinician's language, worst first", () => {
  const fine = { camera: 'ok', microphone: 'ok', speaker: 'ok', connection: 'good' } as const;
  expect(deviceCheckWords(fine, english)).toBe('Devices OK');
  expect(deviceCheckWords(fine, swedish)).toBe('Utrustningen fungerar');
  expect(deviceCheckWords({ ...fine, camera: 'blocked', connection: 'poor' }, english)).toBe('Camera blocked, poor connection');
  expect(deviceCheckWords({ ...fine, camera: 'blocked', connection: 'poor' }, swedish)).toBe('Kameran är blockerad, svag uppkoppling');
});
