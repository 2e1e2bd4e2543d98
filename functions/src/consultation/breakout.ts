import { DomainError, isConsultationOver, mainRoom, type NewBreakoutRooms } from '@clinicall/shared';
import { participantOf } from './changes.ts';
import { type BreakoutRecord, type ConsultationRecord, inTheCall, isModerator, type ParticipantRecord } from './record.ts';

/**
 * Pure changes of breakout rooms (like jitsi-meet's: the server decides who is in which room,
 * clients follow). A person's `room` says where they are (absent: the main room); the header's
 * `breakout` says which rooms are open, of which opening (`generation`), and until when.
 */

/** The room a person is in. */
export const roomOf = (participant: ParticipantRecord): string => participant.room ?? mainRoom;

/** The main room always; a breakout room while it is open. */
export const isOpenRoom = (record: ConsultationRecord, room: string): boolean =>
  room === mainRoom || (record.breakout?.rooms.some((r) => r.id === room) ?? false);

/** The people in the call who are in one room: whom they see, hear and signal. */
export const inTheRoom = (record: ConsultationRecord, room: string): string[] =>
  [...inTheCall(record)].filter((id) => roomOf(record.participants[id]!) === room);

const withPeople = (record: ConsultationRecord, people: readonly ParticipantRecord[]): ConsultationRecord =>
  people.length === 0
    ? record
    : { ...record, participants: { ...record.participants, ...Object.fromEntries(people.map((p) => [p.id, p])) } };

const inMainRoom = ({ room: _room, ...participant }: ParticipantRecord, now: Date): ParticipantRecord => ({
  ...participant,
  updatedAt: now.toISOString(),
});

const assertInProgress = (record: ConsultationRecord) => {
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This consultation has ended.');
  if (record.status !== 'in-progress') {
    throw new DomainError('illegal-transition', 'Breakout rooms open once the session is under way: let people in first.');
  }
};

const invalid = (message: string, details?: Record<string, unknown>) => new DomainError('invalid-request', message, details);

/** The rooms' ids, `breakout-1` … in the order given. */
export const breakoutRoomId = (index: number) => `breakout-${index + 1}`;

const sameRooms = (open: BreakoutRecord, rooms: NewBreakoutRooms['rooms']) =>
  open.rooms.length === rooms.length && open.rooms.every((r, i) => r.id === breakoutRoomId(i) && r.name === rooms[i]!.name);

/**
 * Opens breakout rooms and places people in them. Everyone placed must be in the call and not a
 * moderator, each in one room at most; else nothing changes. `ours` is the generation this
 * request opened in an earlier round of the same change: the store writes the header before the
 * people, so a round lost on one person's item finds its own rooms open and places them again
 * (skipping whoever left meanwhile) rather than refusing its own opening.
 */
export const openRooms = (
  record: ConsultationRecord,
  request: NewBreakoutRooms,
  now: Date,
  ours?: number,
): ConsultationRecord => {
  assertInProgress(record);
  const resuming = record.breakout !== undefined && record.breakout.generation === ours && sameRooms(record.breakout, request.rooms);
  if (record.breakout && !resuming) {
    throw new DomainError('illegal-transition', 'Breakout rooms are open already: close them first.');
  }
  const seen = new Set<string>();
  const placed: ParticipantRecord[] = [];
  request.rooms.forEach(({ participantIds }, index) => {
    for (const participantId of participantIds) {
      if (seen.has(participantId)) throw invalid('Each person can be in one room only.', { participantId });
      seen.add(participantId);
      const participant = record.participants[participantId];
      if (!participant) throw invalid('There is no such participant in this consultation.', { participantId });
      if (isModerator(record, participant.staffId)) throw invalid('Moderators are not placed in rooms: they visit them.', { participantId });
      if (participant.state !== 'admitted') {
        if (resuming) continue;
        throw invalid(`${participant.displayName} is not in the call.`, { participantId });
      }
      const room = breakoutRoomId(index);
      if (participant.room !== room) placed.push({ ...participant, room, updatedAt: now.toISOString() });
    }
  });
  if (resuming) return withPeople(record, placed);
  const generation = (record.breakoutGenerations ?? 0) + 1;
  const closesAt = request.minutes === undefined ? undefined : new Date(now.getTime() + request.minutes * 60_000).toISOString();
  // Nobody is in a room while none is open; whoever still says so (a close cut short) is back in the main room.
  const stale = Object.values(record.participants).filter((p) => p.room !== undefined && !seen.has(p.id));
  return withPeople(
    {
      ...record,
      breakout: {
        generation,
        rooms: request.rooms.map(({ name }, index) => ({ id: breakoutRoomId(index), name })),
        ...(closesAt && { closesAt }),
      },
      breakoutGenerations: generation,
    },
    [...placed, ...stale.map((p) => inMainRoom(p, now))],
  );
};

/** Moves someone in the call (a moderator visiting too) to an open room or back to the main room. */
export const moveTo = (record: ConsultationRecord, participantId: string, room: string, now: Date): ConsultationRecord => {
  assertInProgress(record);
  if (!isOpenRoom(record, room)) throw new DomainError('not-found', 'There is no such room in this call.');
  const participant = participantOf(record, participantId);
  if (participant.state !== 'admitted' && !isModerator(record, participant.staffId)) {
    throw new DomainError('illegal-transition', `${participant.displayName} is not in the call.`, { state: participant.state });
  }
  if (roomOf(participant) === room) return record;
  return withPeople(record, [
    room === mainRoom ? inMainRoom(participant, now) : { ...participant, room, updatedAt: now.toISOString() },
  ]);
};

/** Someone left in a room that is gone (a move that crossed a close) is back in the main room. */
export const backToMainRoom = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const participant = record.participants[participantId];
  return participant?.room === undefined ? record : withPeople(record, [inMainRoom(participant, now)]);
};

/**
 * Closes every breakout room: everyone back in the main room, the rooms and their meetings
 * forgotten. Closing when none is open (a second click, a timer after the moderator) changes
 * nothing, and finishes a close cut short (someone still in a room).
 */
export const closeRooms = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This consultation has ended.');
  const inRooms = Object.values(record.participants).filter((p) => p.room !== undefined);
  if (!record.breakout && !record.roomMeetings && inRooms.length === 0) return record;
  const { breakout: _closed, roomMeetings: _meetings, ...rest } = record;
  return withPeople(rest, inRooms.map((p) => inMainRoom(p, now)));
};

/** More time for the open rooms: later than they were to close (from now if they had no end, or it passed). */
export const extendRooms = (record: ConsultationRecord, minutes: number, now: Date): ConsultationRecord => {
  assertInProgress(record);
  if (!record.breakout) throw new DomainError('illegal-transition', 'No breakout rooms are open.');
  const from = Math.max(now.getTime(), record.breakout.closesAt ? Date.parse(record.breakout.closesAt) : 0);
  return { ...record, breakout: { ...record.breakout, closesAt: new Date(from + minutes * 60_000).toISOString() } };
};

/** The breakout-end timer's id: the consultation, the opening and the time, so each extension arms its own. */
export const breakoutTimerId = (consultationId: string, breakout: BreakoutRecord): string =>
  `${consultationId}.${breakout.generation}.${Date.parse(breakout.closesAt!)}`;

export const parseBreakoutTimerId = (id: string): { consultationId: string; generation: number } | undefined => {
  const [consultationId, generation, at] = id.split('.');
  if (!consultationId || !generation || !at || !/^\d+$/.test(generation)) return undefined;
  return { consultationId, generation: Number(generation) };
};

/** Whether the rooms of this opening are due to close: still open, and their time has come. */
export const breakoutDue = (record: ConsultationRecord, generation: number, now: Date): boolean =>
  !isConsultationOver(record.status) &&
  record.breakout?.generation === generation &&
  record.breakout.closesAt !== undefined &&
  Date.parse(record.breakout.closesAt) <= now.getTime();
