import type { Dependencies } from '#ports';
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
