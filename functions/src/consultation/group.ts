import { callTypes, DomainError, isConsultationOver, nextParticipantState, revokeLink } from '@clinicall/shared';
import { keepsAttendance, leftAtIf, participantOf } from './changes.ts';
import { type ConsultationRecord, isModerator, type LinkRecord, type ParticipantRecord } from './record.ts';

/** Pure changes to a group consultation's people: registrations, co-moderators, the host's hand-over, raised hands. */

/** People a group session holds besides its moderators. */
export const groupCapacity = callTypes['group-consultation'].maxGuests;

/** At most this many co-moderators (the contract's limit on creation). */
export const maxCoHosts = 5;

const withParticipant = (record: ConsultationRecord, participant: ParticipantRecord): ConsultationRecord => ({
  ...record,
  participants: { ...record.participants, [participant.id]: participant },
});

/** A group consultation not over: anything else is refused as if it were not one. */
export const assertGroupOpen = (record: ConsultationRecord) => {
  if (!keepsAttendance(record)) throw new DomainError('invalid-request', 'This is not a group consultation.');
  if (isConsultationOver(record.status)) throw new DomainError('illegal-transition', 'This group session is over.');
};

export const fullMessage = `A group session holds at most ${groupCapacity} people besides its moderators. Withdraw a registration before adding another.`;

/**
 * One more person registered, with their link: their own item only. Their place was taken on the
 * header first (`registered`, see ConsultationRepository.reservePlace).
 */
export const registerPerson = (record: ConsultationRecord, person: ParticipantRecord, link: LinkRecord): ConsultationRecord => {
  assertGroupOpen(record);
  return { ...withParticipant(record, person), links: { ...record.links, [link.id]: link } };
};

/**
 * A registration withdrawn: their links and session stop working (as when removed); their item
 * only (the caller gives the place back once this is written). Withdrawing again changes nothing.
 */
export const withdraw = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  assertGroupOpen(record);
  const participant = participantOf(record, participantId);
  if (participant.staffId) throw new DomainError('invalid-request', 'Moderators are not registered; hand over or leave instead.');
  if (participant.withdrawnAt) return record;
  const at = now.toISOString();
  const { sessionHash: _hash, sessionExpiresAt: _expires, mediaAllowance: _allowance, handRaisedAt: _hand, ...kept } = participant;
  const links = Object.fromEntries(
    Object.values(record.links).map((l) => [l.id, l.participantId === participantId && l.status === 'issued' ? { ...l, ...revokeLink(l) } : l]),
  );
  return withParticipant(
    { ...record, links },
    {
      ...kept,
      state: participant.state === 'left' ? 'left' : nextParticipantState(participant.state, 'remove'),
      ...leftAtIf(record, participant, at),
      withdrawnAt: at,
      updatedAt: at,
    },
  );
};

/** A moderator's place: in the call from the start, like the host. */
export const moderatorPlace = (id: string, staff: { id: string; name: string }, now: Date): ParticipantRecord => ({
  id,
  role: 'moderator',
  displayName: staff.name,
  state: 'admitted',
  staffId: staff.id,
  updatedAt: now.toISOString(),
});

/** The host adds a co-moderator; adding someone who moderates already changes nothing. */
export const addCoHost = (record: ConsultationRecord, place: ParticipantRecord): ConsultationRecord => {
  assertGroupOpen(record);
  if (isModerator(record, place.staffId)) return record;
  const coHostIds = [...(record.coHostIds ?? []), place.staffId!];
  if (coHostIds.length > maxCoHosts) {
    throw new DomainError('participant-limit', `A group session has at most ${maxCoHosts} co-moderators.`, { limit: maxCoHosts });
  }
  return withParticipant({ ...record, coHostIds }, place);
};

/**
 * The host leaves the session to a co-moderator: the co-moderator becomes its host, the former
 * host a co-moderator who has left the call. The session goes on.
 */
export const handOver = (record: ConsultationRecord, toStaffId: string, now: Date): ConsultationRecord => {
  assertGroupOpen(record);
  const at = now.toISOString();
  const next = Object.values(record.participants).find((p) => p.staffId === toStaffId);
  if (!next || !(record.coHostIds ?? []).includes(toStaffId)) {
    throw new DomainError('invalid-request', 'Hand the session over to one of its co-moderators.');
  }
  const former = Object.values(record.participants).find((p) => p.staffId === record.hostId);
  const handed = withParticipant(
    {
      ...record,
      hostId: toStaffId,
      hostName: next.displayName,
      coHostIds: [...(record.coHostIds ?? []).filter((id) => id !== toStaffId), record.hostId],
    },
    { ...next, role: 'clinician', updatedAt: at },
  );
  return former
    ? withParticipant(handed, {
        ...former,
        role: 'moderator',
        state: former.state === 'left' ? 'left' : nextParticipantState(former.state, 'leave'),
        updatedAt: at,
      })
    : handed;
};

/** A participant in the call raises or lowers their hand; asking again changes nothing. */
export const raiseHand = (record: ConsultationRecord, participantId: string, raised: boolean, now: Date): ConsultationRecord => {
  if (!keepsAttendance(record)) throw new DomainError('forbidden', 'Hands are raised in group sessions only.');
  if (isConsultationOver(record.status)) throw new DomainError('consultation-ended', 'This consultation has ended.');
  const participant = participantOf(record, participantId);
  if (participant.state !== 'admitted') throw new DomainError('forbidden', 'Please wait: you have not been let in yet.');
  if (raised === (participant.handRaisedAt !== undefined)) return record;
  const { handRaisedAt: _was, ...rest } = participant;
  return withParticipant(record, { ...rest, ...(raised && { handRaisedAt: now.toISOString() }), updatedAt: now.toISOString() });
};
