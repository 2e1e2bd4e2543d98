import {
  callTypes,
  codingFor,
  type DeviceCheck,
  type ParticipantRole,
  DomainError,
  expireLink,
  extendLink,
  failVerification,
  isConsultationOver,
  nextConsultationStatus,
  nextParticipantState,
  redeemLink,
  revokeLink,
  type Outcome,
  type OutcomeResult,
} from '@clinicall/shared';
import type { ConsultationRecord, LinkRecord, ParticipantRecord } from './record.ts';
import { attemptsAllowed } from './verification.ts';

/**
 * Pure changes to one consultation record. Each answers the new record (or the same one when
 * nothing changes) and throws a DomainError when the clinic's rules forbid the change.
 */

const linkOf = (record: ConsultationRecord, linkId: string): LinkRecord => {
  const link = record.links[linkId];
  if (!link) throw new DomainError('link-invalid', 'This link is not valid. Check the message and try again.');
  return link;
};

export const participantOf = (record: ConsultationRecord, participantId: string): ParticipantRecord => {
  const participant = record.participants[participantId];
  if (!participant) throw new DomainError('not-found', 'There is no such participant in this consultation.');
  return participant;
};

const withLink = (record: ConsultationRecord, link: LinkRecord): ConsultationRecord => ({
  ...record,
  links: { ...record.links, [link.id]: link },
});

const withParticipant = (record: ConsultationRecord, participant: ParticipantRecord): ConsultationRecord => ({
  ...record,
  participants: { ...record.participants, [participant.id]: participant },
});

/** Group consultations keep attendance: when each person was first let in, and when they last left the call. */
export const keepsAttendance = (record: Pick<ConsultationRecord, 'type'>) => record.type === 'group-consultation';

/** Leaving the call (themselves, held, removed, the end) is noted when attendance is kept. */
export const leftAtIf = (record: Pick<ConsultationRecord, 'type'>, participant: ParticipantRecord, at: string) =>
  keepsAttendance(record) && participant.state === 'admitted' && !participant.staffId ? { leftAt: at } : {};

const assertOpen = (record: ConsultationRecord) => {
  if (isConsultationOver(record.status)) {
    throw new DomainError('link-expired', 'This consultation has ended. Ask your clinic for a new link.');
  }
};

export interface Redemption {
  readonly linkId: string;
  readonly sessionHash: string;
  readonly sessionExpiresAt: string;
  readonly displayName?: string;
}

/** The link is used up and its person enters the waiting room with a new session. */
export const redeem = (record: ConsultationRecord, redemption: Redemption, now: Date): ConsultationRecord => {
  const link = linkOf(record, redemption.linkId);
  const used = redeemLink(link, now);
  assertOpen(record);
  // A new link is a new arrival: whoever had left the call waits to be let in again.
  const { leftTheCall: _earlier, ...participant } = participantOf(record, link.participantId);
  // An appointment's patient may hold several links (one per reminder) and the portal: whoever
  // is already waiting or in the call keeps their place, with the new session.
  const arrived =
    participant.state === 'waiting' || participant.state === 'admitted'
      ? participant.state
      : nextParticipantState(participant.state, participant.state === 'left' ? 'rejoin' : 'arrive');
  const entered = withParticipant(withLink(record, { ...link, ...used }), {
    ...participant,
    state: arrived,
    ...(redemption.displayName && { displayName: redemption.displayName }),
    sessionHash: redemption.sessionHash,
    sessionExpiresAt: redemption.sessionExpiresAt,
    updatedAt: now.toISOString(),
  });
  return participant.admitOnArrival && arrived === 'waiting' ? admit(entered, participant.id, now) : entered;
};

/** A wrong date of birth, its attempt already taken: the one holding the call type's last attempt locks the link. */
export const failAttempt = (record: ConsultationRecord, linkId: string): ConsultationRecord => {
  const link = linkOf(record, linkId);
  const failed = failVerification(link, attemptsAllowed(record.type));
  return failed === link ? record : withLink(record, { ...link, ...failed });
};

export const admit = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  // Each admission starts afresh: what the host took away in an earlier stay in the call is not carried over.
  const { mediaAllowance: _earlier, ...participant } = participantOf(record, participantId);
  const admitted = withParticipant(record, {
    ...participant,
    state: nextParticipantState(participant.state, 'admit'),
    updatedAt: now.toISOString(),
    ...(keepsAttendance(record) && !participant.admittedAt && { admittedAt: now.toISOString() }),
  });
  return record.status === 'open'
    ? { ...admitted, status: nextConsultationStatus('open', 'start'), startedAt: now.toISOString() }
    : admitted;
};

/**
 * The host lets several people in at once (everyone waiting when `participantIds` is absent).
 * Whoever is no longer waiting (admitted meanwhile, or gone) is passed over, not refused: the
 * host asked for those still there.
 */
export const admitMany = (
  record: ConsultationRecord,
  participantIds: readonly string[] | undefined,
  now: Date,
): ConsultationRecord => {
  assertOpen(record);
  for (const id of participantIds ?? []) participantOf(record, id);
  const chosen = participantIds ? new Set(participantIds) : undefined;
  return Object.values(record.participants)
    .filter((p) => p.state === 'waiting' && (!chosen || chosen.has(p.id)))
    .reduce((next, p) => admit(next, p.id, now), record);
};

/** The person closed the page or left the call; their session can bring them back to the waiting room. */
export const leave = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const { leftTheCall: _earlier, ...participant } = participantOf(record, participantId);
  if (participant.state === 'left' || isConsultationOver(record.status)) return record;
  return withParticipant(record, {
    ...participant,
    state: nextParticipantState(participant.state, 'leave'),
    // Only from the call itself: whoever leaves the waiting room waits again when back.
    ...(participant.state === 'admitted' && { leftTheCall: true }),
    ...leftAtIf(record, participant, now.toISOString()),
    updatedAt: now.toISOString(),
  });
};

/**
 * Back with their session after a reload, the Back button or a closed page: someone who left the
 * call themselves is straight back in, as after a lost connection (the host let them in once);
 * someone who left the waiting room waits again.
 */
export const comeBack = (record: ConsultationRecord, participantId: string, now: Date): ConsultationRecord => {
  const { leftTheCall, ...participant } = participantOf(record, participantId);
  if (participant.state !== 'left' || isConsultationOver(record.status)) return record;
  const waiting = withParticipant(record, {
    ...participant,
    state: nextParticipantState('left', 'rejoin'),
    updatedAt: now.toISOString(),
  });
  return leftTheCall ? admit(waiting, participantId, now) : waiting;
};

export const recordDeviceCheck = (
  record: ConsultationRecord,
  participantId: string,
  deviceCheck: DeviceCheck,
  now: Date,
): ConsultationRecord => {
  const participant = participantOf(record, participantId);
  return withParticipant(record, { ...participant, deviceCheck, updatedAt: now.toISOString() });
};

const extraRoles: readonly ParticipantRole[] = ['interpreter', 'support-person', 'colleague'];

/** A third person joins the list, within the call type's limit of extra people. */
export const addInvitee = (record: ConsultationRecord, invitee: ParticipantRecord, link: LinkRecord): ConsultationRecord => {
  assertOpen(record);
  const policy = callTypes[record.type];
  const present = Object.values(record.participants).filter((p) => p.state !== 'left');
  const extras = present.filter((p) => extraRoles.includes(p.role));
  if (extras.length >= policy.maxExtras || present.length >= policy.maxGuests + 1) {
    throw new DomainError(
      'participant-limit',
      `${policy.label} holds at most the clinician, the patient and ${policy.maxExtras} other ${policy.maxExtras === 1 ? 'person' : 'people'}. Remove someone before inviting another.`,
      { limit: policy.maxExtras },
    );
  }
  // Counted on the consultation itself, so invitations sent at once are decided one at a time.
  return withLink(withParticipant({ ...record, invited: (record.invited ?? 0) + 1 }, invitee), link);
};

/**
 * What being over means for everyone, decided by the status alone: once it has ended, everyone
 * still there has left (at its end); once it is over, links never used stop working. The store
 * writes only the status and reads the rest from it, so ending never races the people in it.
 */
export const settled = (record: ConsultationRecord): ConsultationRecord => {
  if (!isConsultationOver(record.status)) return record;
  const at = record.endedAt ?? record.createdAt;
  const participants =
    record.status === 'ended' && Object.values(record.participants).some((p) => p.state !== 'left')
      ? Object.fromEntries(
          Object.values(record.participants).map((p) => [
            p.id,
            p.state === 'left' ? p : { ...p, state: nextParticipantState(p.state, 'leave'), ...leftAtIf(record, p, at), updatedAt: at },
          ]),
        )
      : record.participants;
  // A link whose time was already over when it ended has expired; any other still issued is withdrawn.
  const over = new Date(at);
  const closed = (l: LinkRecord) => ({ ...l, ...(expireLink(l, over) !== l ? expireLink(l, over) : revokeLink(l)) });
  const links = Object.values(record.links).some((l) => l.status === 'issued')
    ? Object.fromEntries(Object.values(record.links).map((l) => [l.id, l.status === 'issued' ? closed(l) : l]))
    : record.links;
  // Breakout rooms end with the session (their meetings end with it).
  const { breakout: _closed, ...rest } = record;
  if (participants === record.participants && links === record.links && !record.breakout) return record;
  return { ...rest, participants, links };
};

/** Over for everyone: people leave, unused links stop working, the outcome is recorded. */
export const end = (
  record: ConsultationRecord,
  answer: { result: OutcomeResult; technicalProblems: boolean; recordedBy: string },
  now: Date,
): ConsultationRecord => {
  const at = now.toISOString();
  const coding = codingFor(answer.result);
  const outcome: Outcome = {
    result: answer.result,
    technicalProblems: answer.technicalProblems,
    ...(coding && { coding }),
    recordedAt: at,
    recordedBy: answer.recordedBy,
  };
  // A group session its set end closed has no outcome yet: a moderator records it afterwards.
  if (keepsAttendance(record) && record.status === 'ended' && !record.outcome) return { ...record, outcome };
  return settled({ ...record, status: nextConsultationStatus(record.status, 'end'), endedAt: at, outcome });
};

/** A group session reached its set end: over for everyone, no outcome yet (a moderator records it). */
export const endAtSetTime = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  if (isConsultationOver(record.status)) return record;
  return settled({ ...record, status: nextConsultationStatus(record.status, 'end'), endedAt: now.toISOString() });
};

export const extend = (
  record: ConsultationRecord,
  linkId: string,
  minutes: number,
  maxMinutes: number,
  now: Date,
): ConsultationRecord => {
  assertOpen(record);
  const link = linkOf(record, linkId);
  return withLink(record, { ...link, ...extendLink(link, minutes, maxMinutes, now) });
};

export const revoke = (record: ConsultationRecord, linkId: string): ConsultationRecord => {
  const link = linkOf(record, linkId);
  return withLink(record, { ...link, ...revokeLink(link) });
};

/**
 * A fresh link for the same person: every earlier link of theirs that still works stops in the
 * same write (not only the one resent), so however often or at once "Resend" is pressed, that
 * person holds exactly one live link.
 */
export const replaceLink = (record: ConsultationRecord, oldLinkId: string, fresh: LinkRecord): ConsultationRecord => {
  assertOpen(record);
  const old = linkOf(record, oldLinkId);
  const participant = participantOf(record, old.participantId);
  if (participant.state !== 'invited' && participant.state !== 'left') {
    throw new DomainError('illegal-transition', `${participant.displayName} has already joined with a link.`);
  }
  const retired = Object.values(record.links)
    .filter((link) => link.participantId === participant.id && link.status === 'issued')
    .reduce((next, link) => withLink(next, { ...link, ...revokeLink(link) }), record);
  return withLink(retired, fresh);
};

/** The links of a person that a replacement retired: live in `before`, not in `after`. */
export const retiredLinks = (before: ConsultationRecord, after: ConsultationRecord): string[] =>
  Object.values(before.links)
    .filter((link) => link.status === 'issued' && after.links[link.id]?.status === 'revoked')
    .map((link) => link.id);

/**
 * A consultation nobody came to, whose every link is spent (lapsed, withdrawn or locked), is
 * closed: it would otherwise sit open on the dashboard for ever. Needs the whole consultation.
 */
export const closeIfUnused = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  const nobodyCame = Object.values(record.participants).every((p) => p.staffId || p.state === 'invited');
  const noLiveLinks = Object.values(record.links).every((l) => l.status !== 'issued');
  return record.status === 'open' && nobodyCame && noLiveLinks && Object.keys(record.links).length > 0
    ? settled({ ...record, status: nextConsultationStatus('open', 'cancel'), endedAt: now.toISOString() })
    : record;
};

/** The timer's due time: the link lapses; an unused consultation with nobody left is tidied. */
export const lapse = (record: ConsultationRecord, linkId: string, now: Date): ConsultationRecord => {
  const link = record.links[linkId];
  if (!link) return record;
  const expired = expireLink(link, now);
  if (expired === link) return record;
  return closeIfUnused(withLink(record, { ...link, ...expired }), now);
};

export interface SessionGrant {
  readonly sessionHash: string;
  readonly sessionExpiresAt: string;
}

/**
 * Someone already known to the consultation comes in without a link: a patient from their
 * portal (a scheduled appointment), or answering a direct call. They wait unless they are to be
 * admitted on arrival; the session replaces any earlier one (the newest device wins).
 */
export const enterWithSession = (
  record: ConsultationRecord,
  participantId: string,
  grant: SessionGrant,
  now: Date,
): ConsultationRecord => {
  assertOpen(record);
  const participant = participantOf(record, participantId);
  const state =
    participant.state === 'invited' ? nextParticipantState('invited', 'arrive')
    : participant.state === 'left' ? nextParticipantState('left', 'rejoin')
    : participant.state;
  const entered = withParticipant(record, { ...participant, ...grant, state, updatedAt: now.toISOString() });
  return participant.admitOnArrival && state === 'waiting' ? admit(entered, participant.id, now) : entered;
};

/**
 * Called off before anyone was let in (an appointment cancelled, moved or missed; a direct call
 * not answered): the links stop working. Once the call has begun it can only be ended.
 */
export const cancel = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  if (isConsultationOver(record.status)) return record;
  return settled({ ...record, status: nextConsultationStatus(record.status, 'cancel'), endedAt: now.toISOString() });
};

/** Every issued link whose time is over is marked expired (the appointment's end: no timer per link). */
export const expireDueLinks = (record: ConsultationRecord, now: Date): ConsultationRecord => {
  const due = Object.values(record.links).filter((l) => expireLink(l, now) !== l);
  if (due.length === 0) return record;
  return due.reduce((next, link) => withLink(next, { ...link, ...expireLink(link, now) }), record);
};

/** Someone other than staff came: opened their link, or entered from the portal. */
export const someoneCame = (record: ConsultationRecord): boolean =>
  record.startedAt !== undefined || Object.values(record.participants).some((p) => !p.staffId && p.state !== 'invited');

/** One more link for someone already on the list (an appointment reminder's, for the patient). */
export const addLink = (record: ConsultationRecord, link: LinkRecord): ConsultationRecord => {
  assertOpen(record);
  participantOf(record, link.participantId);
  return withLink(record, link);
};
