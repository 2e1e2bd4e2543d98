import { DomainError, isConsultationOver, mainRoom, type MediaCredentials } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { type ConsultationRecord, meetingOf, moderatorOf, withMeeting } from '../consultation/record.ts';
import type { Caller } from '../http/route.ts';

/** The main room always; a further (breakout) room once the host has opened it. */
const hasRoom = (record: ConsultationRecord, room: string) => room === mainRoom || meetingOf(record, room) !== undefined;

/**
 * Media of one room for the host or a co-moderator, or for a participant the host has admitted; nobody else.
 * Admission is to the call, not a room: moving room is asking again with another room.
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
  if (caller.kind === 'staff') {
    participantId = moderatorOf(record, caller.staff.id)?.id;
  } else if (caller.kind === 'participant') {
    if (caller.session.consultationId !== consultationId) throw notFound;
    const participant = record.participants[caller.session.participantId];
    if (participant?.state !== 'admitted') {
      throw new DomainError('forbidden', 'Please wait: the clinician has not let you in yet.');
    }
    participantId = participant.id;
  }
  if (!participantId) throw notFound;
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This consultation has ended.');
  if (!hasRoom(record, room)) throw new DomainError('not-found', 'There is no such room in this call.');
  const { credentials, meetingId } = await deps.meetings.join(record, participantId, room);
  if (meetingId && meetingId !== meetingOf(record, room)) {
    await deps.store.consultations.update(record.id, (current) => withMeeting(current, room, meetingId));
  }
  return credentials;
};
