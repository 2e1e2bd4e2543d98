import { DomainError, isConsultationOver, type MediaAllowance, nextParticipantState, revokeLink } from '@clinicall/shared';
import { leftAtIf, participantOf } from './changes.ts';
import { type ConsultationRecord, isModerator, type ParticipantRecord } from './record.ts';

/** Pure changes the host makes to the people of a call: back to the waiting room, out, muted. */

/** Everyone may send both until the host takes one away. */
export const fullAllowance: MediaAllowance = { audio: true, video: true };

const withParticipant = (record: ConsultationRecord, participant: ParticipantRecord): ConsultationRecord => ({
  ...record,
  participants: { ...record.participants, [participant.id]: participant },
});

const assertNotOver = (record: ConsultationRecord) => {
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This consultation has ended.');
};

/** Someone other than the moderators: the host and co-moderators do not moderate themselves or one another. */
const someoneElse = (record: ConsultationRecord, participantId: string): ParticipantRecord => {
  assertNotOver(record);
  const participant = participantOf(record, participantId);
  if (isModerator(record, participant.staffId)) throw new DomainError('illegal-transition', 'You host this consultation.');
  return participant;
};

/** Someone other than the host who is in the call now. */
const inTheCallNow = (record: ConsultationRecord, participantId: string): ParticipantRecord => {
  const participant = someoneElse(record, participantId);
  if (participant.state !== 'admitted') {
    throw new DomainError('illegal-transition', `${participant.displayName} is not in the call.`, { state: participant.state });
  }
  return participant;
};

/** Whatever the host had taken away goes with them: a new admission starts afresh. */
const withoutAllowance = ({ mediaAllowance: _gone, ...participant }: ParticipantRecord) => participant;

/** Placed back in the waiting room: they wait to be admitted again, with their session. */
export const hold = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const participant = inTheCallNow(record, participantId);
  return withParticipant(record, {
    ...withoutAllowance(participant),
    state: nextParticipantState(participant.state, 'hold'),
    ...leftAtIf(record, participant, now.toISOString()),
    updatedAt: now.toISOString(),
  });
};

/**
 * Out of the consultation: their session and every link of theirs stop working, so neither
 * their open page nor an old message brings them back (only a link the host sends again does).
 * Removing someone already removed changes nothing.
 */
export const remove = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const participant = someoneElse(record, participantId);
  const links = Object.values(record.links).filter((l) => l.participantId === participantId && l.status === 'issued');
  if (participant.state === 'left' && !participant.sessionHash && links.length === 0) return record;
  const { sessionHash: _hash, sessionExpiresAt: _expires, ...kept } = withoutAllowance(participant);
  const removed = withParticipant(record, {
    ...kept,
    state: participant.state === 'left' ? 'left' : nextParticipantState(participant.state, 'remove'),
    ...leftAtIf(record, participant, now.toISOString()),
    updatedAt: now.toISOString(),
  });
  return links.reduce(
    (next, link) => ({ ...next, links: { ...next.links, [link.id]: { ...link, ...revokeLink(link) } } }),
    removed,
  );
};

export type Stop = 'microphone' | 'camera';

const without = (allowance: MediaAllowance | undefined, stop: Stop): MediaAllowance => ({
  ...(allowance ?? fullAllowance),
  ...(stop === 'microphone' ? { audio: false } : { video: false }),
});

/** The host mutes someone or stops their camera; asking again changes nothing. Never gives back. */
export const restrict = (record: ConsultationRecord, participantId: string, stop: Stop, now: Date): ConsultationRecord => {
  const participant = inTheCallNow(record, participantId);
  const allowance = without(participant.mediaAllowance, stop);
  const current = participant.mediaAllowance ?? fullAllowance;
  if (current.audio === allowance.audio && current.video === allowance.video) return record;
  return withParticipant(record, { ...participant, mediaAllowance: allowance, updatedAt: now.toISOString() });
};

/** Staff in the call (the host, a colleague signed in) keep their microphones when everyone else is muted. */
export const isStaff = (participant: ParticipantRecord) => participant.staffId !== undefined;

/** Everyone in the call but staff is muted; whoever is muted already is left as they are. */
export const muteOthers = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  assertNotOver(record);
  return Object.values(record.participants)
    .filter((p) => p.state === 'admitted' && !isStaff(p) && (p.mediaAllowance ?? fullAllowance).audio)
    .reduce(
      (next, p) => withParticipant(next, { ...p, mediaAllowance: without(p.mediaAllowance, 'microphone'), updatedAt: now.toISOString() }),
      record,
    );
};
