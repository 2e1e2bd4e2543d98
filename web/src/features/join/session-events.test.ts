import type { ServerEvent } from '@clinicall/shared';
import { expect, test } from 'vitest';
import type { SessionState } from '../../api/participant.ts';
import { applySessionEvent } from './session-events.ts';

const session: SessionState = {
  consultation: { id: 'c1', type: 'group-consultation', status: 'in-progress', hostName: 'Dr Lind', endsAt: '2026-12-03T11:00:00.000Z' },
  participant: { id: 'p1', role: 'patient', state: 'admitted', displayName: 'Alva' },
};
const breakout = { rooms: [{ id: 'breakout-1', name: 'Sleep' }], closesAt: '2026-12-03T10:30:00.000Z' };

const moved = (id: string, room?: string, state: 'admitted' | 'waiting' = 'admitted'): ServerEvent => ({
  type: 'participant-changed',
  consultationId: 'c1',
  participant: { id, role: 'patient', displayName: 'Alva', state, ...(room && { room }) },
});

test('moved to a breakout room: their own room follows at once, someone else’s move does not', () => {
  const inRoom = applySessionEvent(session, moved('p1', 'breakout-1'), 'p1');
  expect(inRoom.participant.room).toBe('breakout-1');
  expect(applySessionEvent(inRoom, moved('p2', 'breakout-2'), 'p1')).toBe(inRoom);
  // An event naming no room leaves the room to the session read that follows every event.
  expect(applySessionEvent(inRoom, moved('p1'), 'p1').participant.room).toBe('breakout-1');
  const held = applySessionEvent(inRoom, moved('p1', undefined, 'waiting'), 'p1');
  expect(held.participant.state).toBe('waiting');
});

test('breakout rooms opened, extended and closed', () => {
  const open = applySessionEvent(session, { type: 'breakout-changed', consultationId: 'c1', breakout }, 'p1');
  expect(open.consultation.breakout).toEqual(breakout);
  const closed = applySessionEvent(open, { type: 'breakout-changed', consultationId: 'c1' }, 'p1');
  expect(closed.consultation).toEqual(session.consultation);
});

test('the session’s end time and status follow; another consultation’s events change nothing', () => {
  const later = applySessionEvent(session, { type: 'consultation-changed', consultationId: 'c1', status: 'in-progress', endsAt: '2026-12-03T11:30:00.000Z' }, 'p1');
  expect(later.consultation.endsAt).toBe('2026-12-03T11:30:00.000Z');
  const ended = applySessionEvent(later, { type: 'consultation-changed', consultationId: 'c1', status: 'ended' }, 'p1');
  expect(ended.consultation).toMatchObject({ status: 'ended', endsAt: '2026-12-03T11:30:00.000Z' });
  expect(applySessionEvent(session, { type: 'breakout-changed', consultationId: 'c2', breakout }, 'p1')).toBe(session);
  expect(applySessionEvent(session, { type: 'broadcast', consultationId: 'c1', from: 'Dr Lind', message: 'Back in 5' }, 'p1')).toBe(session);
});

test('a meeting room’s guest hears at once whether anyone of the organisation is in it, both ways', () => {
  const room: SessionState = { ...session, consultation: { id: 'c1', type: 'meeting-room', status: 'in-progress', hostName: 'Huddle', staffPresent: false } };
  const came = applySessionEvent(room, { type: 'attendance-changed', consultationId: 'c1', staffPresent: true }, 'p1');
  expect(came.consultation.staffPresent).toBe(true);
  expect(applySessionEvent(came, { type: 'attendance-changed', consultationId: 'c1', staffPresent: false }, 'p1').consultation.staffPresent).toBe(false);
  expect(applySessionEvent(room, { type: 'attendance-changed', consultationId: 'c2', staffPresent: true }, 'p1')).toBe(room);
});
