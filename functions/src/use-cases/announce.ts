import type { Dependencies } from '#ports';
import type { AppointmentRecord, AppointmentRequestRecord } from '../appointment/record.ts';
import type { DirectCallRecord } from '../direct-call/record.ts';
import { type ConsultationRecord, type ParticipantRecord, toLinkView } from '../consultation/record.ts';

export const staffTopic = (staffId: string) => `staff#${staffId}`;
export const consultationTopic = (consultationId: string) => `consultation#${consultationId}`;

type Announce = Pick<Dependencies, 'events'>;

/** Tell the host's dashboard and everyone in the consultation. */
const toAll = async ({ events }: Announce, record: ConsultationRecord, event: Parameters<Dependencies['events']['publish']>[1]) => {
  await Promise.all([
    events.publish(staffTopic(record.hostId), event),
    events.publish(consultationTopic(record.id), event),
  ]);
};

export const announceParticipant = (deps: Announce, record: ConsultationRecord, participant: ParticipantRecord) =>
  toAll(deps, record, {
    type: 'participant-changed',
    consultationId: record.id,
    participant: {
      id: participant.id,
      role: participant.role,
      displayName: participant.displayName,
      state: participant.state,
    },
  });

export const announceConsultation = (deps: Announce, record: ConsultationRecord) =>
  toAll(deps, record, { type: 'consultation-changed', consultationId: record.id, status: record.status });

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
