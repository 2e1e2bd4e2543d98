import { DomainError, isConsultationOver, mainRoom, type MediaCredentials } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { isOpenRoom, roomOf } from '../consultation/breakout.ts';
import { type ConsultationRecord, meetingOf, moderatorOf, withMeeting } from '../consultation/record.ts';
import type { Caller } from '../http/route.ts';

/**
 * Media of one room for a moderator (any room open: the main one, or a breakout room), or for a
 * participant the host has admitted, of the room they are in only; nobody else. Admission is to
 * the call, not a room: moving room is being moved, then asking again with the new room.
 */
export const joinMedia = async (
  deps: Dependencies,
  caller: Caller,
  consultationId: string,
  room: string = mainRoom,
): Promise<MediaCredentials> => {
  const record = await deps.store.consultations.get(consultationId);
  const notFound = new DomainError('not-found', 'There is no such consultation.');
  if (!record) throw notFound;
  let participantId: string | undefined;
  let inRoom = true;
  if (caller.kind === 'staff') {
    participantId = moderatorOf(record, caller.staff.id)?.id;
  } else if (caller.kind === 'participant') {
    if (caller.session.consultationId !== consultationId) throw notFound;
    const participant = record.participants[caller.session.participantId];
    if (participant?.state !== 'admitted') {
      throw new DomainError('forbidden', 'Please wait: the clinician has not let you in yet.');
    }
    participantId = participant.id;
    inRoom = roomOf(participant) === room;
  }
  if (!participantId) throw notFound;
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This consultation has ended.');
  // The rooms open are the header's: a breakout room has no meeting before the first person asks.
  if (!isOpenRoom(record, room)) throw new DomainError('not-found', 'There is no such room in this call.');
  if (!inRoom) throw new DomainError('forbidden', 'You are not in that room: the moderator moves people between rooms.');
  return placeInRoom(deps, record, participantId, room);
};

/** A place in one room's media for someone the caller has checked may have it; the room's meeting is remembered. */
export const placeInRoom = async (
  deps: Pick<Dependencies, 'meetings' | 'store'>,
  record: ConsultationRecord,
  participantId: string,
  room: string,
): Promise<MediaCredentials> => {
  const { credentials, meetingId } = await deps.meetings.join(record, participantId, room);
  if (meetingId && meetingId !== meetingOf(record, room)) {
    // Remembered only while the room is open: a room closed meanwhile keeps no meeting.
    await deps.store.consultations.update(record.id, (current) =>
      isOpenRoom(current, room) ? withMeeting(current, room, meetingId) : current,
    );
  }
  return credentials;
};
