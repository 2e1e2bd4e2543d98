import type { Consultation, LinkView, Participant, ParticipantState } from '@clinicall/shared';

/** Everyone but the host (who is a participant too: a clinician, admitted from the start). */
export const guestsOf = (consultation: Consultation): Participant[] =>
  consultation.participants.filter(
    (participant) => !(participant.role === 'clinician' && (!participant.staffId || participant.staffId === consultation.hostId)),
  );

export const nameOf = (participant: Pick<Participant, 'displayName'>): string => participant.displayName.trim() || 'Guest';

/** "Alex Example", "Alex Example and Sam", or "Guest". */
export const guestNames = (consultation: Consultation): string => {
  const names = guestsOf(consultation).map(nameOf);
  if (names.length === 0) return 'Guest';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
};

export const stateLabels: Record<ParticipantState, string> = {
  invited: 'Invited',
  waiting: 'Waiting',
  admitted: 'In the call',
  left: 'Left',
};

/**
 * The link that matters for each person: the one still waiting to be opened, else the latest.
 * (A resent link replaces the old one, which stays on record as withdrawn.)
 */
export const currentLinks = (consultation: Consultation): LinkView[] => {
  const byParticipant = new Map<string, LinkView>();
  for (const link of consultation.links) {
    const kept = byParticipant.get(link.participantId);
    if (!kept || kept.status !== 'issued' || link.status === 'issued') byParticipant.set(link.participantId, link);
  }
  return [...byParticipant.values()];
};
