import { type Breakout, mainRoom, type NewBreakoutRooms, type Staff } from '@clinicall/shared';
import type { Dependencies, PendingTimer } from '#ports';
import {
  breakoutDue,
  breakoutTimerId,
  backToMainRoom,
  closeRooms,
  extendRooms,
  isOpenRoom,
  moveTo,
  openRooms,
  parseBreakoutTimerId,
} from '../consultation/breakout.ts';
import { type ConsultationRecord, inTheCall, toBreakoutView, withMeeting } from '../consultation/record.ts';
import { logger } from '../logger.ts';
import { announceParticipants, consultationTopic, staffTopic } from './announce.ts';
import { hostedBy } from './host-consultation.ts';

type Deps = Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings' | 'timers'>;

/** The rooms open now, as the moderator's answer says them (none: no rooms). */
const answer = (record: ConsultationRecord): Breakout => (record.breakout ? toBreakoutView(record.breakout) : { rooms: [] });

/** Everyone in the call (and the moderators' screens) hears which rooms are open; the waiting room hears nothing. */
const announceBreakout = async ({ events }: Pick<Dependencies, 'events'>, record: ConsultationRecord) => {
  const event = {
    type: 'breakout-changed',
    consultationId: record.id,
    ...(record.breakout && { breakout: toBreakoutView(record.breakout) }),
  } as const;
  const call = inTheCall(record);
  await Promise.all([
    events.publish(staffTopic(record.hostId), event),
    events.publish(consultationTopic(record.id), event, ({ staff, peerId }) => staff === true || call.has(peerId)),
  ]);
};

/** Each person whose room changed, heard by the call with their room: a person's own page switches media room on it. */
const announceMoved = async (deps: Pick<Dependencies, 'events'>, before: ConsultationRecord, after: ConsultationRecord) => {
  const moved = Object.values(after.participants).filter((p) => before.participants[p.id] && before.participants[p.id]!.room !== p.room);
  if (moved.length > 0) await announceParticipants(deps, after, moved, inTheCall(after));
};

/** Rooms open for a set time close by themselves: a timer per opening and end time (an extension arms a new one). */
const armEnd = async (deps: Pick<Dependencies, 'timers'>, record: ConsultationRecord) => {
  const breakout = record.breakout;
  if (!breakout?.closesAt) return;
  await deps.timers.start({ kind: 'breakout-end', id: breakoutTimerId(record.id, breakout), dueAt: breakout.closesAt });
};

/**
 * The people placed get their places in their room's meeting ahead of moving (Chime: one call
 * per 100, to that room's own meeting), so a whole group switching at once does not all ask
 * Chime at the same moment. The rooms stand whatever Chime answers: whoever has no place yet
 * gets one when they ask for the room's media.
 */
const prepareRooms = async (deps: Pick<Dependencies, 'store' | 'meetings'>, record: ConsultationRecord) => {
  const opened = record.breakout;
  if (!opened) return;
  const made: [string, string][] = [];
  for (const { id: room } of opened.rooms) {
    const people = Object.values(record.participants).filter((p) => p.room === room).map((p) => p.id);
    if (people.length === 0) continue;
    try {
      const { meetingId } = await deps.meetings.admit(record, people, room);
      if (meetingId) made.push([room, meetingId]);
    } catch (error) {
      logger.warn('places in a breakout room not made ahead', { consultationId: record.id, room, reason: (error as Error).name });
    }
  }
  if (made.length === 0) return;
  await deps.store.consultations.update(record.id, (current) =>
    // Only while this opening lasts: a room closed meanwhile keeps no meeting.
    current.breakout?.generation === opened.generation
      ? made.reduce((next, [room, meetingId]) => (isOpenRoom(next, room) ? withMeeting(next, room, meetingId) : next), current)
      : current,
  );
};

/** POST …/breakout-rooms: rooms open and people are placed in them, in one change. */
export const openBreakoutRooms = async (deps: Deps, staff: Staff, id: string, request: NewBreakoutRooms) => {
  const before = await hostedBy(deps, staff, id);
  let ours: number | undefined;
  const record = await deps.store.consultations.update(id, (current) => {
    const next = openRooms(current, request, deps.clock.now(), ours);
    ours = next.breakout?.generation;
    return next;
  });
  await armEnd(deps, record);
  await prepareRooms(deps, record);
  await announceBreakout(deps, record);
  await announceMoved(deps, before, record);
  return answer(record);
};

/**
 * A move writes the person's item alone, on condition of that item only: rooms closed (or opened
 * anew) between its read and its write would leave them in a room that is gone. Read again after
 * the write, such a person is back in the main room; a close that read them after the move's write
 * has moved them itself.
 */
const stillOpen = async (deps: Deps, record: ConsultationRecord, participantId: string, opening: number | undefined) => {
  const room = record.participants[participantId]?.room;
  const header = await deps.store.consultations.getHeader(record.id);
  if (!room || !header || (header.breakout?.generation === opening && isOpenRoom(header, room))) return record;
  return deps.store.consultations.updatePerson(record.id, participantId, (current) => {
    const person = current.participants[participantId];
    if (!person?.room || (current.breakout?.generation === opening && isOpenRoom(current, person.room))) return current;
    return backToMainRoom(current, participantId, deps.clock.now());
  });
};

/** POST …/breakout-rooms/{roomId}/move: someone in the call to a room or back to the main room (a moderator visits this way). */
export const moveToBreakoutRoom = async (deps: Deps, staff: Staff, id: string, roomId: string, participantId: string) => {
  const before = await hostedBy(deps, staff, id);
  // The header (which rooms are open) and the person alone: nobody else's item is read or written.
  let opening: number | undefined;
  let record = await deps.store.consultations.updatePerson(id, participantId, (current) => {
    opening = current.breakout?.generation;
    return moveTo(current, participantId, roomId, deps.clock.now());
  });
  if (roomId !== mainRoom) record = await stillOpen(deps, record, participantId, opening);
  const moved = record.participants[participantId]!;
  if (before.participants[participantId]?.room !== moved.room) {
    await announceParticipants(deps, record, [moved], new Set([...inTheCall(before), participantId]));
  }
  return answer(record);
};

/**
 * Closes the rooms: everyone back in the main room, then each room's meeting ended. `due` decides
 * on what is stored whether rooms still open are to close (the timer: only its own opening, once
 * its time has come). A close cut short after the header (someone's item lost a race) is finished
 * on the next round, and a moderator's close finishes one left unfinished before.
 */
const closeAll = async (
  deps: Deps,
  id: string,
  due: (current: ConsultationRecord) => boolean,
  tidy: boolean,
): Promise<ConsultationRecord> => {
  let closed: ConsultationRecord | undefined;
  const record = await deps.store.consultations.update(id, (current) => {
    if (current.breakout ? !due(current) : !closed && !tidy) return current;
    const next = closeRooms(current, deps.clock.now());
    // The rooms and their meetings as they were before this close, to end them after.
    if (next !== current && !closed) closed = current;
    return next;
  });
  if (!closed) return record;
  const rooms = new Set([...(closed.breakout?.rooms.map((r) => r.id) ?? []), ...Object.keys(closed.roomMeetings ?? {})]);
  for (const room of rooms) {
    try {
      await deps.meetings.closeRoom(closed, room);
    } catch (error) {
      // Chime ends an empty meeting by itself within minutes: nobody is sent back into it.
      logger.warn('breakout room meeting not ended', { consultationId: id, room, reason: (error as Error).name });
    }
  }
  await announceBreakout(deps, record);
  await announceMoved(deps, closed, record);
  return record;
};

/** POST …/breakout-rooms/close: every room closes, whether or not its time is up. */
export const closeBreakoutRooms = async (deps: Deps, staff: Staff, id: string) => {
  await hostedBy(deps, staff, id);
  return answer(await closeAll(deps, id, () => true, true));
};

/** POST …/breakout-rooms/extend: more time for the rooms; the timer of the earlier end does nothing when it fires. */
export const extendBreakoutRooms = async (deps: Deps, staff: Staff, id: string, minutes: number) => {
  await hostedBy(deps, staff, id);
  const record = await deps.store.consultations.update(id, (current) => extendRooms(current, minutes, deps.clock.now()));
  await armEnd(deps, record);
  await announceBreakout(deps, record);
  return answer(record);
};

/**
 * The breakout-end timer: the rooms of its opening close once their time has come, with every
 * browser closed. A timer of an earlier opening, or of an end since moved later, does nothing.
 */
export const onBreakoutEnd = async (deps: Deps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const named = parseBreakoutTimerId(timer.id);
  if (!named) return {};
  const header = await deps.store.consultations.getHeader(named.consultationId);
  if (!header || !breakoutDue(header, named.generation, deps.clock.now())) return {};
  await closeAll(deps, named.consultationId, (current) => breakoutDue(current, named.generation, deps.clock.now()), false);
  return {};
};
