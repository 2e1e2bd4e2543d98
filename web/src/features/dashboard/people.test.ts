import type { Consultation, LinkView } from '@clinicall/shared';
import { expect, test } from 'vitest';
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

test('the host is not listed among the guests', () => {
  expect(guestNames(consultation([]))).toBe('Alex Example');
});
