import type { Dependencies } from '#ports';
import type { ConsultationRecord } from '../consultation/record.ts';

/**
 * A consultation called off before anyone was let in (a direct call not answered, a link or an
 * appointment nobody came to) may still have a meeting: the clinician can wait in the call
 * while it rings. Its meetings end with it, rather than when Chime finds them empty.
 */
export const endMeetingsIfCalledOff = async ({ meetings }: Pick<Dependencies, 'meetings'>, record: ConsultationRecord) => {
  if (record.status === 'cancelled') await meetings.end(record);
};
