import { DomainError, isConsultationOver, meetingRoomCapacity, nextConsultationStatus } from '@clinicall/shared';
import type { ConsultationRecord, NewConsultation, ParticipantRecord } from '../consultation/record.ts';
import { type MeetingRoomRecord, roomHost, sittingId } from './record.ts';

/**
 * Pure changes to a sitting of a meeting room (a consultation of type meeting-room): people
 * enter straight into the call, six at most; members are staff (a `staffId`), guests came by the
 * room's link.
 */

export const roomFullMessage = 'This room is full: six people are in it. Try again when someone has left.';

const peopleIn = (record: ConsultationRecord) => Object.values(record.participants).filter((p) => p.state === 'admitted');

/** How many people are in the room now, as the sitting counts them (its header alone is enough). */
export const occupancyOf = (record: ConsultationRecord | undefined): number =>
  record && !isConsultationOver(record.status) ? (record.present ?? peopleIn(record).length) : 0;

/**
 * When the sitting's watch should close it: at once when nobody is in it, when guests have been
 * alone for `limitMs`; otherwise undefined (a member is there).
 */
export const closesAt = (record: ConsultationRecord, now: Date, limitMs: number): number | undefined => {
  if (occupancyOf(record) === 0) return now.getTime();
  return record.unattendedSince ? Date.parse(record.unattendedSince) + limitMs : undefined;
};

/**
 * Whether anyone of the organisation is in the room, by the watch's own rule: someone is in it
 * and the guests' time is not counting. The header alone says so: a guest's session reads no one else.
 */
export const staffPresent = (record: ConsultationRecord): boolean => occupancyOf(record) > 0 && record.unattendedSince === undefined;

export const openSitting = (room: MeetingRoomRecord, now: Date): NewConsultation => ({
  id: sittingId(room),
  type: 'meeting-room',
  status: 'open',
  hostId: roomHost(room.id),
  hostName: room.name,
  meetingRoomId: room.id,
  createdAt: now.toISOString(),
  participants: {},
  links: {},
});

/**
 * Guests with no member count from when the last member left (or the first guest came); a
 * member present, or nobody, stops the count.
 */
export const withAttendance = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  const people = peopleIn(record);
  const unattended = people.length > 0 && people.every((p) => p.staffId === undefined);
  const since = unattended ? (record.unattendedSince ?? now.toISOString()) : undefined;
  if (since === record.unattendedSince) return record;
  const { unattendedSince: _was, ...rest } = record;
  return since ? { ...rest, unattendedSince: since } : rest;
};

/**
 * Someone comes into the room: refused when six are in it. The count is kept on the sitting
 * itself (`present`), so entries at once are decided one after another and never pass the limit.
 */
export const enterRoom = (record: ConsultationRecord, person: ParticipantRecord, now: Date): ConsultationRecord => {
  if (isConsultationOver(record.status)) throw new DomainError('consultation-ended', 'This sitting of the room is over.');
  const already = record.participants[person.id];
  if (already?.state === 'admitted') return record;
  const inRoom = record.present ?? 0;
  if (inRoom >= meetingRoomCapacity) {
    throw new DomainError('room-full', roomFullMessage, { capacity: meetingRoomCapacity, meetingRoom: true });
  }
  const at = now.toISOString();
  const entered: ConsultationRecord = {
    ...record,
    ...(record.status === 'open' && { status: nextConsultationStatus('open', 'start'), startedAt: at }),
    present: inRoom + 1,
    participants: {
      ...record.participants,
      [person.id]: { ...person, state: 'admitted', enteredAt: at, updatedAt: at },
    },
  };
  return withAttendance(entered, now);
};

/** Someone leaves the room: one fewer in it, and guests left with no member start counting. */
export const leaveRoom = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const participant = record.participants[participantId];
  if (!participant || participant.state !== 'admitted' || isConsultationOver(record.status)) return record;
  const left: ConsultationRecord = {
    ...record,
    present: Math.max(0, (record.present ?? 1) - 1),
    participants: { ...record.participants, [participantId]: { ...participant, state: 'left', updatedAt: now.toISOString() } },
  };
  return withAttendance(left, now);
};

/** The sitting is over: nobody is left in it, or guests waited too long for a member. */
export const closeSitting = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  if (isConsultationOver(record.status)) return record;
  const at = now.toISOString();
  const participants = Object.fromEntries(
    Object.values(record.participants).map((p) => [p.id, p.state === 'left' ? p : { ...p, state: 'left' as const, updatedAt: at }]),
  );
  const { unattendedSince: _ended, ...rest } = record;
  return { ...rest, status: nextConsultationStatus(record.status, 'end'), endedAt: at, present: 0, participants };
};
