import { DomainError, isConsultationOver, type MediaCredentials } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { hostOf } from '../consultation/record.ts';
import type { Caller } from '../http/route.ts';

/** Media for the host, or for a participant the host has admitted; nobody else. */
export const joinMedia = async (deps: Dependencies, caller: Caller, consultationId: string): Promise<MediaCredentials> => {
  const record = await deps.store.consultations.get(consultationId);
  const notFound = new DomainError('not-found', 'There is no such consultation.');
  if (!record) throw notFound;
  let participantId: string | undefined;
  if (caller.kind === 'staff') {
    if (record.hostId !== caller.staff.id) throw notFound;
    participantId = hostOf(record)?.id;
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
  const { credentials, meetingId } = await deps.meetings.join(record, participantId);
  if (meetingId && meetingId !== record.meetingId) {
    await deps.store.consultations.update(record.id, (current) =>
      current.meetingId === meetingId ? current : { ...current, meetingId },
    );
  }
  return credentials;
};
