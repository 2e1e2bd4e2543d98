import type { Dependencies } from '#ports';
import type { ConsultationRecord } from '../consultation/record.ts';
import { announceConsultation } from './announce.ts';

/**
 * A consultation called off before anyone was let in (a direct call not answered, a link or an
 * appointment nobody came to) may still have a meeting: the clinician can wait in the call
 * while it rings. Its meetings end with it, rather than when Chime finds them empty.
 */
export const endMeetingsIfCalledOff = async ({ meetings }: Pick<Dependencies, 'meetings'>, record: ConsultationRecord) => {
  if (record.status === 'cancelled') await meetings.end(record);
};

/** A consultation that closed itself (nobody came, every link spent): its meetings end and everyone hears it. */
export const tellClosed = async (deps: Pick<Dependencies, 'meetings' | 'events'>, record: ConsultationRecord) => {
  await endMeetingsIfCalledOff(deps, record);
  await announceConsultation(deps, record);
};
