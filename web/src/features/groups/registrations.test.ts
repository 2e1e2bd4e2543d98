import type { Consultation } from '@clinicall/shared';
import { expect, it } from 'vitest';
import { moderatorIds, registrationsOf } from './registrations.ts';

const at = '2026-12-03T09:00:00.000Z';
const link = (id: string, participantId: string, status: 'issued' | 'revoked' | 'used') =>
  ({
    id,
    consultationId: 'g1',
    participantId,
    channel: 'sms',
    sentTo: '+46•••12',
    expiresAt: at,
    status,
  }) as const;
const session: Consultation = {
  id: 'g1',
  type: 'group-consultation',
  status: 'open',
  hostId: 's1',
  hostName: 'Dr Lee',
  createdAt: at,
  coHostIds: ['s2'],
  participants: [
    { id: 'host', role: 'clinician', displayName: 'Dr Lee', state: 'admitted', staffId: 's1', updatedAt: at },
    { id: 'co', role: 'moderator', displayName: 'Dr Kim', state: 'invited', staffId: 's2', updatedAt: at },
    { id: 'p1', role: 'patient', displayName: 'Alex', state: 'invited', patientId: 'pt1', updatedAt: at },
    { id: 'p2', role: 'guest', displayName: 'Sam', state: 'left', updatedAt: at },
    { id: 'p3', role: 'guest', displayName: 'Robin', state: 'left', admittedAt: at, updatedAt: at },
  ],
  links: [
    link('l1', 'p1', 'revoked'),
    link('l2', 'p1', 'issued'),
    link('l3', 'p2', 'revoked'),
    link('l4', 'p3', 'revoked'),
  ],
};

it('lists the people registered with their current link, not the moderators nor withdrawn registrations', () => {
  expect(registrationsOf(session).map(({ participant, link }) => [participant.id, link?.id])).toEqual([
    ['p1', 'l2'],
    ['p3', 'l4'],
  ]);
});

it('knows the host and co-moderators', () => {
  expect(moderatorIds(session)).toEqual(['s1', 's2']);
});
