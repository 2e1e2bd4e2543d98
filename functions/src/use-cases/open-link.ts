import { assertLinkUsable, DomainError, type JoinResponse } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { closeIfUnused, failAttempt, participantOf, redeem } from '../consultation/changes.ts';
import { type ConsultationRecord, inTheCall, type LinkRecord } from '../consultation/record.ts';
import { givenNameOf } from '../consultation/guest.ts';
import { attemptsAllowed, verificationOf } from '../consultation/verification.ts';
import { hashSecret, newSessionGrant, sameHash, sessionToken } from '../secrets.ts';
import { announceLink, announceParticipant, concernsTheCall } from './announce.ts';
import { tellClosed } from './called-off.ts';
import { enterAsGuest, openRoomLink } from './enter-meeting-room.ts';

type Deps = Pick<Dependencies, 'store' | 'clock' | 'ids' | 'events' | 'timers' | 'settings' | 'meetings'>;


const invalid = () => new DomainError('link-invalid', 'This link is not valid. Check the message and try again.');

/**
 * The consultation as the link's person sees it: its header and that person alone, so a group
 * arriving at once never reads the whole group (a link sent by an earlier version, which does not
 * say whom it went to, reads it whole).
 */
const findLink = async ({ store }: Deps, token: string): Promise<{ record: ConsultationRecord; link: LinkRecord } | undefined> => {
  const pointer = await store.access.findLinkByToken(hashSecret(token));
  if (!pointer) return undefined;
  const record = await (pointer.participantId
    ? store.consultations.getForPerson(pointer.consultationId, pointer.participantId)
    : store.consultations.get(pointer.consultationId));
  const link = record?.links[pointer.linkId];
  if (!record || !link) throw invalid();
  return { record, link };
};

/** The link as stored now, read with its person only. */
const linkNow = async ({ store }: Deps, consultationId: string, link: LinkRecord) =>
  (await store.consultations.getForPerson(consultationId, link.participantId))?.links[link.id];

type Check = { kind: 'date-of-birth'; patientId: string } | { kind: 'name' } | { kind: 'none' };

/** What the person the link was sent to must do, as their call type decided when they were invited. */
const checkFor = (record: ConsultationRecord, link: LinkRecord): Check => {
  const participant = participantOf(record, link.participantId);
  const kind = verificationOf(participant);
  if (kind !== 'date-of-birth') return { kind };
  // A date of birth is checked against a record: without one, nobody may use the link.
  if (!participant.patientId) throw invalid();
  return { kind, patientId: participant.patientId };
};

/** The date on record. A patient removed from the directory cannot be checked: nobody may use the link. */
const dateOfBirthOf = async ({ store }: Deps, patientId: string): Promise<string> => {
  const patient = await store.patients.get(patientId);
  if (!patient) throw invalid();
  return patient.dateOfBirth;
};

const enter = async (deps: Deps, link: LinkRecord, consultationId: string, displayName?: string) => {
  const secret = deps.ids.token();
  const now = deps.clock.now();
  const record = await deps.store.consultations.updatePerson(consultationId, link.participantId, (current) =>
    redeem(
      current,
      {
        linkId: link.id,
        ...newSessionGrant(secret, now),
        ...(displayName && { displayName }),
      },
      deps.clock.now(),
    ),
  );
  const participant = participantOf(record, link.participantId);
  // Let straight in ("admit when they arrive"): the people in the call hear of it too.
  const room = concernsTheCall(participant) ? inTheCall((await deps.store.consultations.get(record.id)) ?? record) : undefined;
  await announceParticipant(deps, record, participant, room, [link.id]);
  return { session: sessionToken(record.id, participant.id, secret), participantId: participant.id, consultationId: record.id };
};

/** POST /api/join: what the person holding the link must do next. */
export const openLink = async (deps: Deps, token: string): Promise<JoinResponse> => {
  const found = await findLink(deps, token);
  // Not a link sent to one person: a meeting room's guest link, or nothing.
  if (!found) {
    const room = await openRoomLink(deps, token);
    if (!room) throw invalid();
    return room;
  }
  const { record, link } = found;
  assertLinkUsable(link, deps.clock.now());
  const check = checkFor(record, link);
  if (check.kind === 'none') return { next: 'waiting-room', ...(await enter(deps, link, record.id)) };
  if (check.kind === 'name') {
    // The name the clinician typed, offered to confirm: nobody is asked for what the clinic already knows.
    const given = givenNameOf(participantOf(record, link.participantId));
    return { next: 'enter-name', ...(given && { name: given }) };
  }
  await dateOfBirthOf(deps, check.patientId);
  return { next: 'verify-date-of-birth' };
};

/** How many times a check with no attempt left reads the link again, waiting for the running checks. */
const settleRounds = 20;

/**
 * All five attempts are held by checks still comparing: one of them may be right (the link is
 * then used) or all wrong (it is then locked). Their outcome is this check's answer, so honest
 * people opening one link at once hear "used", as before; a link still undecided after a few
 * seconds (a check that never finished) answers as locked.
 */
const outcomeOfRunningChecks = async (deps: Deps, consultationId: string, link: LinkRecord): Promise<never> => {
  for (let round = 0; round < settleRounds; round++) {
    const now = await linkNow(deps, consultationId, link);
    if (!now) throw invalid();
    // Throws the link's refusal (used, locked, expired, revoked) once the running checks decided.
    assertLinkUsable(now, deps.clock.now());
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 20 * (round + 1))));
  }
  throw new DomainError('link-locked', 'This link is locked after too many attempts. Ask your clinic for a new one.');
};

/** Takes one of the link's attempts in one conditional write on its person; answers how many are now taken. */
const reserve = async (deps: Deps, record: ConsultationRecord, link: LinkRecord): Promise<number> => {
  const at = { consultationId: record.id, participantId: link.participantId, linkId: link.id };
  const taken = await deps.store.consultations.reserveAttempt(at, deps.clock.now(), attemptsAllowed(record.type));
  if (taken !== undefined) return taken;
  // Refused: the link stopped being usable (its refusal is the answer), or all attempts are held.
  const now = await linkNow(deps, record.id, link);
  if (!now) throw invalid();
  assertLinkUsable(now, deps.clock.now());
  return outcomeOfRunningChecks(deps, record.id, link);
};

const closeWhenUnused = async (deps: Deps, consultationId: string) => {
  let closed = false;
  const after = await deps.store.consultations.update(consultationId, (current) => {
    const next = closeIfUnused(current, deps.clock.now());
    closed = next !== current;
    return next;
  });
  if (closed) await tellClosed(deps, after);
};

export type Proof = { readonly dateOfBirth: string } | { readonly displayName: string };

/**
 * POST /api/join/verify. A date-of-birth check first takes one of the link's attempts (as many
 * as its call type allows) in the consultation's conditional write, and only then compares: of
 * any number of guesses at once, no more than that are ever compared, and a right one can win
 * only while it holds one of them. A wrong date keeps its attempt; every failure does the same work and answers the same
 * way, whatever was wrong.
 */
export const verifyAndEnter = async (deps: Deps, token: string, proof: Proof) => {
  const found = await findLink(deps, token);
  if (!found) {
    const guest = await enterAsGuest(deps, token, 'displayName' in proof ? proof.displayName : undefined);
    if (!guest) throw invalid();
    return guest;
  }
  const { record, link } = found;
  assertLinkUsable(link, deps.clock.now());
  const check = checkFor(record, link);
  if (check.kind === 'date-of-birth') {
    const given = 'dateOfBirth' in proof ? proof.dateOfBirth : '';
    const attempt = await reserve(deps, record, link);
    // The date on record is read only by a check that holds an attempt.
    const expected = await dateOfBirthOf(deps, check.patientId);
    if (!sameHash(hashSecret(given), hashSecret(expected))) {
      const failed = await deps.store.consultations.updatePerson(record.id, link.participantId, (current) =>
        failAttempt(current, link.id),
      );
      // The one holding the last attempt locked the link: staff see it at once, and a
      // consultation nobody came to with no other live link is closed with it.
      if (failed.links[link.id]?.status !== link.status) {
        await announceLink(deps, failed, link.id);
        await closeWhenUnused(deps, record.id);
      }
      const attemptsLeft = Math.max(0, attemptsAllowed(record.type) - attempt);
      if (attemptsLeft === 0) {
        throw new DomainError('link-locked', 'This link is locked after too many attempts. Ask your clinic for a new one.');
      }
      throw new DomainError('verification-failed', 'Those details do not match our records. Check the date of birth and try again.', {
        attemptsLeft,
      });
    }
    return enter(deps, link, record.id);
  }
  if (check.kind === 'none') return enter(deps, link, record.id);
  if (!('displayName' in proof)) throw new DomainError('invalid-request', 'Enter your name.');
  return enter(deps, link, record.id, proof.displayName);
};
