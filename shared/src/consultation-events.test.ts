import { describe, expect, it } from 'vitest';
import { applyConsultationEvent } from './consultation-events.ts';
import type { Consultation } from './schemas/consultations.ts';

const at = '2026-12-01T09:00:00.000Z';
const held: Consultation = {
  id: 'c1',
  type: 'consult-now',
  status: 'open',
  hostId: 'staff-1',
  hostName: 'Dr Lee',
  createdAt: at,
  participants: [
    { id: 'host', role: 'clinician', displayName: 'Dr Lee', state: 'admitted', staffId: 'staff-1', updatedAt: at },
    { id: 'p1', role: 'patient', displayName: 'Alex', state: 'invited', patientId: 'pt-1', updatedAt: at },
  ],
  links: [{ id: 'l1', consultationId: 'c1', participantId: 'p1', channel: 'sms', sentTo: '+44•••12', expiresAt: at, status: 'issued' }],
};

describe('a consultation held on screen, changed by its events', () => {
  it('takes a person’s new state and keeps what the event does not say', () => {
    const next = applyConsultationEvent(held, {
      type: 'participant-changed',
      consultationId: 'c1',
      participant: { id: 'p1', role: 'patient', displayName: 'Alex', state: 'waiting' },
    });
    expect(next.participants[1]).toEqual({ ...held.participants[1], state: 'waiting' });
    expect(next.participants[0]).toBe(held.participants[0]);
  });

  it('follows a person between rooms: a change without a room is the main room', () => {
    const moved = applyConsultationEvent(held, {
      type: 'participant-changed',
      consultationId: 'c1',
      participant: { id: 'p1', role: 'patient', displayName: 'Alex', state: 'admitted', room: 'breakout-2' },
    });
    expect(moved.participants[1]).toMatchObject({ room: 'breakout-2', patientId: 'pt-1' });
    const back = applyConsultationEvent(moved, {
      type: 'participant-changed',
      consultationId: 'c1',
      participant: { id: 'p1', role: 'patient', displayName: 'Alex', state: 'admitted' },
    });
    expect(back.participants[1]).toEqual({ ...held.participants[1], state: 'admitted' });
  });

  it('takes the breakout rooms opened, extended and closed', () => {
    const breakout = { rooms: [{ id: 'breakout-1', name: 'Table 1' }], closesAt: at };
    const opened = applyConsultationEvent(held, { type: 'breakout-changed', consultationId: 'c1', breakout });
    expect(opened.breakout).toEqual(breakout);
    const closed = applyConsultationEvent(opened, { type: 'breakout-changed', consultationId: 'c1' });
    expect(closed).toEqual(held);
    expect(applyConsultationEvent(held, { type: 'breakout-changed', consultationId: 'other', breakout })).toBe(held);
  });

  it('takes where a person is and their hand as each event says: absent is the main room and a lowered hand', () => {
    const event = (extra: object) =>
      ({
        type: 'participant-changed',
        consultationId: 'c1',
        participant: { id: 'p1', role: 'patient', displayName: 'Alex', state: 'admitted', ...extra },
      }) as const;
    const moved = applyConsultationEvent(held, event({ room: 'breakout-1', handRaisedAt: at }));
    expect(moved.participants[1]).toMatchObject({ room: 'breakout-1', handRaisedAt: at, patientId: 'pt-1' });
    const back = applyConsultationEvent(moved, event({}));
    expect(back.participants[1]).toEqual({ ...held.participants[1], state: 'admitted' });
  });

  it('adds someone it did not know, and a link it had not seen', () => {
    const person = { id: 'p2', role: 'interpreter', displayName: 'Sam', state: 'invited', updatedAt: at } as const;
    const link = { ...held.links[0]!, id: 'l2', participantId: 'p2' };
    const next = [
      { type: 'participant-changed', consultationId: 'c1', participant: person } as const,
      { type: 'link-changed', consultationId: 'c1', link } as const,
    ].reduce(applyConsultationEvent, held);
    expect(next.participants.map((p) => p.id)).toEqual(['host', 'p1', 'p2']);
    expect(next.links.map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('replaces a link and takes the status with its times', () => {
    const used = applyConsultationEvent(held, { type: 'link-changed', consultationId: 'c1', link: { ...held.links[0]!, status: 'used' } });
    expect(used.links).toEqual([{ ...held.links[0], status: 'used' }]);
    const started = applyConsultationEvent(held, { type: 'consultation-changed', consultationId: 'c1', status: 'in-progress', startedAt: at });
    expect(started).toMatchObject({ status: 'in-progress', startedAt: at });
  });

  it('is the same object for another consultation’s events and for events of no consultation', () => {
    expect(applyConsultationEvent(held, { type: 'consultation-changed', consultationId: 'c2', status: 'ended' })).toBe(held);
    expect(applyConsultationEvent(held, { type: 'appointment-changed', appointmentId: 'a1', status: 'cancelled' })).toBe(held);
  });

  it('opens, extends and closes breakout rooms as told, and keeps everyone where their own events put them', () => {
    const rooms = [{ id: 'breakout-1', name: 'Room 1' }, { id: 'breakout-2', name: 'Room 2' }];
    const placed = applyConsultationEvent(held, { type: 'participant-changed', consultationId: 'c1', participant: { ...held.participants[1]!, room: 'breakout-2' } });
    const opened = applyConsultationEvent(placed, { type: 'breakout-changed', consultationId: 'c1', breakout: { rooms } });
    expect(opened.breakout).toEqual({ rooms });
    const extended = applyConsultationEvent(opened, { type: 'breakout-changed', consultationId: 'c1', breakout: { rooms, closesAt: at } });
    expect(extended.breakout).toEqual({ rooms, closesAt: at });
    const closed = applyConsultationEvent(extended, { type: 'breakout-changed', consultationId: 'c1' });
    expect(closed).not.toHaveProperty('breakout');
    expect(closed.participants[1]).not.toHaveProperty('room');
    expect(closed.participants[0]).toEqual(held.participants[0]);
    expect(applyConsultationEvent(held, { type: 'breakout-changed', consultationId: 'c2', breakout: { rooms } })).toBe(held);
  });

  it('takes a person back to the main room and their hand down when their view no longer has them', () => {
    const person = { ...held.participants[1]!, state: 'admitted', room: 'breakout-1', handRaisedAt: at } as const;
    const placed = applyConsultationEvent(held, { type: 'participant-changed', consultationId: 'c1', participant: person });
    expect(placed.participants[1]).toMatchObject({ room: 'breakout-1', handRaisedAt: at });
    const { room: _room, handRaisedAt: _hand, ...back } = person;
    const returned = applyConsultationEvent(placed, { type: 'participant-changed', consultationId: 'c1', participant: back });
    expect(returned.participants[1]).not.toHaveProperty('room');
    expect(returned.participants[1]).not.toHaveProperty('handRaisedAt');
    expect(returned.participants[1]).toMatchObject({ patientId: 'pt-1', state: 'admitted' });
  });

  it('takes the end time a group session is given', () => {
    const next = applyConsultationEvent(held, { type: 'consultation-changed', consultationId: 'c1', status: 'open', endsAt: at });
    expect(next.endsAt).toBe(at);
  });
});
