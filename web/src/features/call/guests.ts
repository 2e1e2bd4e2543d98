import type { Consultation, Participant } from '@clinicall/shared';

/** Everyone but the host (who is a participant too: a clinician, admitted from the start). */
export const guestsOf = (consultation: Consultation): Participant[] =>
  consultation.participants.filter(
    (participant) =>
      !(
        participant.role === 'clinician' &&
        (!participant.staffId || participant.staffId === consultation.hostId)
      ),
  );
