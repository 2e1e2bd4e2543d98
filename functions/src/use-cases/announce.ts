import { isConsultationOver } from '@clinicall/shared';
import type { Audience, Dependencies } from '#ports';
import type { AppointmentRecord, AppointmentRequestRecord } from '../appointment/record.ts';
import type { DirectCallRecord } from '../direct-call/record.ts';
import { type ConsultationRecord, hostOf, inTheCall, type ParticipantRecord, toLinkView } from '../consultation/record.ts';

export const staffTopic = (staffId: string) => `staff#${staffId}`;
export const consultationTopic = (consultationId: string) => `consultation#${consultationId}`;

type Announce = Pick<Dependencies, 'events'>;

/**
 * Who on the consultation's topic hears about a person: the host, the person themselves, and
 * the people in the call when it concerns the call (they come in or leave it). Someone waiting
 * hears only about themselves: nothing of who else is there.
 */
const hearsAbout = (record: ConsultationRecord, participant: ParticipantRecord): Audience => {
  const room = inTheCall(record);
  const concernsTheCall = participant.state === 'admitted' || participant.state === 'left';
  const host = hostOf(record)?.id;
  return ({ peerId }) => peerId === participant.id || peerId === host || (concernsTheCall && room.has(peerId));
};

export const announceParticipant = async ({ events }: Announce, record: ConsultationRecord, participant: ParticipantRecord) => {
  const event = {
    type: 'participant-changed',
    consultationId: record.id,
    participant: {
      id: participant.id,
      role: participant.role,
      displayName: participant.displayName,
      state: participant.state,
    },
  } as const;
  await Promise.all([
    events.publish(staffTopic(record.hostId), event),
    events.publish(consultationTopic(record.id), event, hearsAbout(record, participant)),
  ]);
};

/**
 * Everyone hears the consultation's status (the waiting room too: it says when it is over).
 * Once it is over its connections are ended: nothing more is heard or relayed.
 */
export const announceConsultation = async ({ events }: Announce, record: ConsultationRecord) => {
  const event = { type: 'consultation-changed', consultationId: record.id, status: record.status } as const;
  await Promise.all([events.publish(staffTopic(record.hostId), event), events.publish(consultationTopic(record.id), event)]);
  if (isConsultationOver(record.status)) await events.close(consultationTopic(record.id));
};

/** Links concern staff only. */
export const announceLink = ({ events }: Announce, record: ConsultationRecord, linkId: string) => {
  const link = record.links[linkId];
  if (!link) return Promise.resolve();
  const view = toLinkView(record.id)(link);
  return events.publish(staffTopic(record.hostId), {
    type: 'link-changed',
    consultationId: record.id,
    linkId,
    status: view.status,
    expiresAt: view.expiresAt,
  });
};

/** A patient's open portals: incoming calls and changes to their appointments. */
export const patientTopic = (patientId: string) => `patient#${patientId}`;

/** The clinician's console and the patient's portal both show appointments. */
export const announceAppointment = async ({ events }: Announce, record: AppointmentRecord) => {
  const event = { type: 'appointment-changed', appointmentId: record.id, status: record.status } as const;
  await Promise.all([events.publish(staffTopic(record.clinicianId), event), events.publish(patientTopic(record.patientId), event)]);
};

/** A request after a missed call goes to that clinician; one for the whole care team shows on their lists. */
export const announceRequest = async ({ events }: Announce, record: AppointmentRequestRecord) => {
  if (!record.clinicianId) return;
  await events.publish(staffTopic(record.clinicianId), {
    type: 'appointment-request-changed',
    requestId: record.id,
    status: record.status,
  });
};

/** The clinician follows the call; every portal of the patient stops ringing once it is no longer ringing. */
export const announceDirectCall = async ({ events }: Announce, record: DirectCallRecord) => {
  await Promise.all([
    events.publish(staffTopic(record.clinicianId), { type: 'direct-call-changed', callId: record.id, status: record.status }),
    record.status === 'ringing'
      ? events.publish(patientTopic(record.patientId), {
          type: 'incoming-call',
          callId: record.id,
          clinicianName: record.clinicianName,
        })
      : events.publish(patientTopic(record.patientId), { type: 'call-ended', callId: record.id, status: record.status }),
  ]);
};
