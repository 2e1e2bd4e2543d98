import { type CallTypeId, callTypes, DomainError, type Language, type ParticipantRole } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import type { ChannelName, ConsultationRecord, LinkRecord, ParticipantRecord } from '../consultation/record.ts';
import { guestOf } from '../consultation/guest.ts';
import { armContactPurge } from './contact-purge.ts';
import { issueLink, type LinkToSend } from './send-link.ts';

/** The member of staff who runs the consultation: in it from the start. */
export interface Host {
  readonly staffId: string;
  readonly name: string;
}

/** Where a guest's single-use link goes, and what it is written in. */
export interface LinkDestination {
  readonly channel: ChannelName;
  readonly destination: string;
  readonly sentTo: string;
  readonly language: Language;
}

/** Someone on the list besides the host. */
export interface Guest {
  readonly role: ParticipantRole;
  readonly displayName: string;
  readonly patientId?: string | undefined;
  /** Their link; none for someone who comes in another way (the patient portal, answering a call). */
  readonly link?: LinkDestination | undefined;
}

export interface Opening {
  readonly host: Host;
  readonly guests: readonly Guest[];
  /** The patient the consultation is for, when they are on record. */
  readonly patientId?: string | undefined;
  readonly now: Date;
  /** An appointment's links open and lapse with it, not the configured time after sending. */
  readonly window?: LinkToSend['window'];
  readonly appointmentId?: string;
  /** The appointment's start, for the dashboard to list it under. */
  readonly scheduledFor?: string;
  readonly directCallId?: string;
}

/** A link made for a guest: stored with the consultation, still to be sent. */
export interface Invitation {
  readonly request: LinkToSend;
  readonly link: LinkRecord;
  readonly token: string;
}

/**
 * A consultation of any type, opened by the rules of its type: the host is in it, each guest is
 * on the list to prove who they are as the type says (by date of birth when on record) and to
 * wait, or be let in on arrival where the type has no waiting room. Answers it as stored, with
 * the links made for guests, in their order, for the caller to send.
 */
export const openConsultation = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'settings' | 'timers'>,
  type: CallTypeId,
  opening: Opening,
): Promise<{ record: ConsultationRecord; invitations: Invitation[] }> => {
  const policy = callTypes[type];
  if (opening.guests.length > policy.maxGuests) {
    throw new DomainError('participant-limit', `${policy.label} holds at most ${policy.maxGuests} people besides the host.`, {
      limit: policy.maxGuests,
    });
  }
  const at = opening.now.toISOString();
  const consultationId = deps.ids.id();
  const host: ParticipantRecord = {
    id: deps.ids.id(),
    role: 'clinician',
    displayName: opening.host.name,
    state: 'admitted',
    staffId: opening.host.staffId,
    updatedAt: at,
  };
  const guests: ParticipantRecord[] = [];
  const invitations: Invitation[] = [];
  for (const guest of opening.guests) {
    const participant = guestOf(type, { ...guest, id: deps.ids.id() }, opening.now);
    guests.push(participant);
    if (!guest.link) continue;
    const request: LinkToSend = {
      ...guest.link,
      consultationId,
      participantId: participant.id,
      hostName: opening.host.name,
      now: opening.now,
      ...(opening.window && { window: opening.window }),
    };
    invitations.push({ request, ...(await issueLink(deps, request)) });
  }
  await armContactPurge(deps, consultationId, opening.now);
  const record = await deps.store.consultations.add({
    id: consultationId,
    type,
    status: 'open',
    hostId: opening.host.staffId,
    hostName: opening.host.name,
    ...(opening.patientId && { patientId: opening.patientId }),
    createdAt: at,
    participants: Object.fromEntries([host, ...guests].map((p) => [p.id, p])),
    links: Object.fromEntries(invitations.map(({ link }) => [link.id, link])),
    ...(opening.appointmentId && { appointmentId: opening.appointmentId }),
    ...(opening.scheduledFor && { scheduledFor: opening.scheduledFor }),
    ...(opening.directCallId && { directCallId: opening.directCallId }),
  });
  return { record, invitations };
};
