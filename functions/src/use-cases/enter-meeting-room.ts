import { DomainError, isConsultationOver, type JoinResponse, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import type { ConsultationRecord, ParticipantRecord } from '../consultation/record.ts';
import { inTheCall } from '../consultation/record.ts';
import { isMember, type MeetingRoomRecord, sittingId } from '../meeting-room/record.ts';
import { enterRoom, openSitting } from '../meeting-room/sitting.ts';
import { hashSecret, newSessionGrant, sessionToken } from '../secrets.ts';
import { announceParticipant } from './announce.ts';
import { armContactPurge } from './contact-purge.ts';
import { roomOf } from './meeting-rooms.ts';
import { requireGroup } from './staff-access.ts';

type Deps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'events' | 'timers' | 'settings'>;

/** Sittings that end while someone is entering: enough for any honest race. */
const maxRounds = 5;

const linkInvalid = () => new DomainError('link-invalid', 'This link is not valid. Check the message and try again.');

/**
 * The id of the sitting under way, opened when there is none. A sitting that ended moves the
 * room on to the next; two people doing so at once open the same one (its id follows from its number).
 */
const currentSitting = async (deps: Deps, room: MeetingRoomRecord): Promise<string> => {
  const existing = await deps.store.consultations.getHeader(sittingId(room));
  if (existing && !isConsultationOver(existing.status)) return existing.id;
  if (existing) {
    const next = await deps.store.meetingRooms.update(room.id, (current) =>
      current.sitting === room.sitting ? { ...current, sitting: current.sitting + 1 } : current,
    );
    return currentSitting(deps, next);
  }
  const now = deps.clock.now();
  // Guests' names are forgotten after the sitting as after any call.
  await armContactPurge(deps, sittingId(room), now);
  try {
    await deps.store.consultations.add(openSitting(room, now));
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
  }
  // Watches the sitting until it is over: guests alone too long, or nobody left in it.
  await deps.timers.start({
    kind: 'meeting-room-alone',
    id: sittingId(room),
    dueAt: new Date(now.getTime() + deps.settings.meetingRoomAloneSeconds * 1000).toISOString(),
  });
  return sittingId(room);
};

/** Someone comes into the room's sitting, straight into the call; six at most. */
const enter = async (deps: Deps, found: MeetingRoomRecord, person: Omit<ParticipantRecord, 'state' | 'updatedAt'>) => {
  for (let round = 0; round < maxRounds; round++) {
    // The room as found first; read again only after a sitting ended under someone entering.
    const room = round === 0 ? found : await roomOf(deps, found.id);
    const sitting = await currentSitting(deps, room);
    const secret = deps.ids.token();
    const now = deps.clock.now();
    let record: ConsultationRecord;
    try {
      record = await deps.store.consultations.update(sitting, (current) =>
        enterRoom(
          current,
          {
            ...person,
            state: 'invited',
            updatedAt: now.toISOString(),
            ...newSessionGrant(secret, now),
          },
          now,
        ),
      );
    } catch (error) {
      // The sitting ended as they came in (the last one left): the next one is theirs.
      if (error instanceof DomainError && error.code === 'consultation-ended') continue;
      throw error;
    }
    const participant = record.participants[person.id]!;
    await announceParticipant(deps, record, participant, inTheCall(record));
    return { session: sessionToken(record.id, person.id, secret), participantId: person.id, consultationId: record.id };
  }
  throw new DomainError('conflict', 'The room is busy. Please try again.');
};

/** A member enters from the console: no link, no waiting room. */
export const enterAsMember = async (deps: Deps, staff: Staff, roomId: string) => {
  requireGroup(staff, 'meeting-room-member');
  const room = await roomOf(deps, roomId);
  if (!isMember(room, staff.id)) throw new DomainError('forbidden', 'Only the members of this room can enter it from the console.');
  return enter(deps, room, { id: deps.ids.id(), role: 'colleague', displayName: staff.name, staffId: staff.id });
};

/** The room a guest link opens, while its links are of the room's current generation. */
const roomOfLink = async (deps: Pick<Deps, 'store'>, token: string): Promise<MeetingRoomRecord | undefined> => {
  const pointer = await deps.store.access.findRoomLink(hashSecret(token));
  if (!pointer) return undefined;
  const room = await deps.store.meetingRooms.get(pointer.meetingRoomId);
  if (!room || room.deleted || room.generation !== pointer.generation) throw linkInvalid();
  return room;
};

/** POST /api/join with a room's link: the guest gives their name. Undefined: not a room's link. */
export const openRoomLink = async (deps: Pick<Deps, 'store'>, token: string): Promise<JoinResponse | undefined> => {
  const room = await roomOfLink(deps, token);
  return room && { next: 'enter-name', meetingRoom: { name: room.name } };
};

/** POST /api/join/verify with a room's link and a name: straight into the room. Undefined: not a room's link. */
export const enterAsGuest = async (deps: Deps, token: string, displayName: string | undefined) => {
  const room = await roomOfLink(deps, token);
  if (!room) return undefined;
  if (!displayName) throw new DomainError('invalid-request', 'Enter your name.');
  return enter(deps, room, { id: deps.ids.id(), role: 'guest', displayName });
};
