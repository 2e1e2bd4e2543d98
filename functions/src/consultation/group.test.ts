import { describe, expect, test } from 'vitest';
import { addCoHost, handOver, maxCoHosts, moderatorPlace, raiseHand, withdraw } from './group.ts';
import type { ConsultationRecord, ParticipantRecord } from './record.ts';

/** The pure rules of a group session's people, apart from the store. */

const at = new Date('2026-09-01T10:00:00.000Z');
const person = (id: string, extra: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  id,
  role: 'guest',
  displayName: id,
  state: 'admitted',
  updatedAt: '2026-09-01T09:00:00.000Z',
  ...extra,
});

const session = (extra: Partial<ConsultationRecord> = {}): ConsultationRecord => ({
  id: 'g1',
  type: 'group-consultation',
  status: 'in-progress',
  hostId: 'host',
  hostName: 'Dr Host',
  createdAt: '2026-09-01T08:00:00.000Z',
  coHostIds: ['co'],
  participants: {
    h: person('h', { role: 'clinician', staffId: 'host', displayName: 'Dr Host' }),
    c: person('c', { role: 'moderator', staffId: 'co', displayName: 'Dr Co' }),
    p: person('p', { sessionHash: 'hash', sessionExpiresAt: '2026-09-02T00:00:00.000Z' }),
  },
  links: { l: { id: 'l', participantId: 'p', channel: 'email', destination: 'p@example.org', sentTo: 'p•••', createdAt: '', expiresAt: '2026-09-01T11:00:00.000Z', status: 'issued', attempts: 0 } },
  version: 1,
  ...extra,
});

describe('a group session’s people', () => {
  test('withdrawn: out of the call with a note of when, session and links gone; again, nothing changes', () => {
    const once = withdraw(session(), 'p', at);
    expect(once.participants.p).toMatchObject({ state: 'left', leftAt: at.toISOString(), withdrawnAt: at.toISOString() });
    expect(once.participants.p!.sessionHash).toBeUndefined();
    expect(once.links.l!.status).toBe('revoked');
    expect(withdraw(once, 'p', at)).toBe(once);
    expect(() => withdraw(session(), 'c', at)).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });

  test('co-moderators: at most five, and adding one who moderates already changes nothing', () => {
    const full = session({ coHostIds: ['a', 'b', 'c2', 'd', 'e'] });
    expect(() => addCoHost(full, moderatorPlace('x', { id: 'f', name: 'Dr F' }, at))).toThrow(
      expect.objectContaining({ code: 'participant-limit', details: { limit: maxCoHosts } }),
    );
    const same = session();
    expect(addCoHost(same, moderatorPlace('x', { id: 'co', name: 'Dr Co' }, at))).toBe(same);
  });

  test('handed over: the co-moderator hosts, the former host co-moderates having left; only to a co-moderator', () => {
    const handed = handOver(session(), 'co', at);
    expect(handed).toMatchObject({ hostId: 'co', hostName: 'Dr Co', coHostIds: ['host'] });
    expect(handed.participants.c).toMatchObject({ role: 'clinician' });
    expect(handed.participants.h).toMatchObject({ role: 'moderator', state: 'left' });
    expect(() => handOver(session(), 'host', at)).toThrow(expect.objectContaining({ code: 'invalid-request' }));
    expect(() => handOver(session({ status: 'ended' }), 'co', at)).toThrow(expect.objectContaining({ code: 'illegal-transition' }));
  });

  test('a hand goes up and down once; not while waiting, and not in other consultations', () => {
    const up = raiseHand(session(), 'p', true, at);
    expect(up.participants.p!.handRaisedAt).toBe(at.toISOString());
    expect(raiseHand(up, 'p', true, at)).toBe(up);
    expect(raiseHand(up, 'p', false, at).participants.p!.handRaisedAt).toBeUndefined();
    expect(() => raiseHand(session({ participants: { p: person('p', { state: 'waiting' }) } }), 'p', true, at)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => raiseHand(session({ type: 'consult-now' }), 'p', true, at)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
