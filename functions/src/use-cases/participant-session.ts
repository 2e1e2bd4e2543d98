import { type DeviceCheck, isConsultationOver, type SessionResponse } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { comeBack, leave, participantOf, recordDeviceCheck } from '../consultation/changes.ts';
import { announceParticipant } from './announce.ts';
import { type ConsultationRecord, inTheCall } from '../consultation/record.ts';
import { enterRoom, leaveRoom } from '../meeting-room/sitting.ts';
import { toSessionView } from '../consultation/session-view.ts';
import type { ParticipantSession } from '../http/route.ts';
import { hashSecret, parseSessionToken, sameHash } from '../secrets.ts';

type Deps = Pick<Dependencies, 'store' | 'clock'>;

/** The session a bearer token proves, or undefined: forged, expired and unknown look alike. */
export const authenticateParticipant = async (deps: Deps, bearer: string): Promise<ParticipantSession | undefined> => {
  const parsed = parseSessionToken(bearer);
  if (!parsed) return undefined;
  // Their own item and the header only: checking a session never reads the rest of a group.
  const record = await deps.store.consultations.getForPerson(parsed.consultationId, parsed.participantId);
  const participant = record?.participants[parsed.participantId];
  if (!participant?.sessionHash || !participant.sessionExpiresAt) return undefined;
  if (!sameHash(hashSecret(parsed.secret), participant.sessionHash)) return undefined;
  if (Date.parse(participant.sessionExpiresAt) <= deps.clock.now().getTime()) return undefined;
  return { consultationId: parsed.consultationId, participantId: parsed.participantId };
};

/**
 * Where the participant stands. Someone who had left (a reload, the Back button, a closed page)
 * and comes back with their session is back where they were (in the call, or the waiting room),
 * and the clinician hears of it; any attendee of theirs left over is deleted, so their media
 * starts afresh.
 */
export const describeSession = async (
  deps: Deps & Pick<Dependencies, 'events' | 'meetings'>,
  session: ParticipantSession,
): Promise<SessionResponse> => {
  // One read and, only when they had left, one write: returning changes nothing for anyone else.
  let moved = false;
  let record = await deps.store.consultations.updatePerson(session.consultationId, session.participantId, (current) => {
    // A meeting room has no waiting room: back in below, if there is room for them.
    if (current.type === 'meeting-room') return current;
    const next = comeBack(current, session.participantId, deps.clock.now());
    moved = next !== current;
    return next;
  });
  if (record.type === 'meeting-room') record = await backInTheRoom(deps, record, session.participantId);
  if (moved) {
    const back = participantOf(record, session.participantId);
    // Straight back into the call: the people in it see them come back.
    const room = back.state === 'admitted' ? inTheCall((await deps.store.consultations.get(record.id)) ?? record) : undefined;
    await deps.meetings.remove(record, session.participantId);
    await announceParticipant(deps, record, back, room);
  }
  participantOf(record, session.participantId);
  return toSessionView(record, session.participantId);
};

/** Back from a reload or a lost connection into a meeting room they had left, while its sitting lasts and six are not in it. */
const backInTheRoom = async (deps: Deps & Pick<Dependencies, 'events'>, record: ConsultationRecord, participantId: string) => {
  if (participantOf(record, participantId).state !== 'left' || isConsultationOver(record.status)) return record;
  const now = deps.clock.now();
  const back = await deps.store.consultations.update(record.id, (current) =>
    isConsultationOver(current.status) ? current : enterRoom(current, participantOf(current, participantId), now),
  );
  await announceParticipant(deps, back, participantOf(back, participantId), inTheCall(back));
  return back;
};

/** "Did you have technical problems?" — answered once the consultation is over. */
export const recordFeedback = async ({ store }: Deps, session: ParticipantSession, technicalProblems: boolean) => {
  await store.consultations.updatePerson(session.consultationId, session.participantId, (record) => {
    const participant = participantOf(record, session.participantId);
    if (participant.technicalProblems === technicalProblems) return record;
    return {
      ...record,
      participants: { ...record.participants, [participant.id]: { ...participant, technicalProblems } },
    };
  });
  return { ok: true as const };
};

/** The device check before the waiting room, for the clinician to see on the person's card. */
export const reportDeviceCheck = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events'>,
  session: ParticipantSession,
  check: DeviceCheck,
) => {
  const record = await deps.store.consultations.updatePerson(session.consultationId, session.participantId, (current) =>
    recordDeviceCheck(current, session.participantId, check, deps.clock.now()),
  );
  await announceParticipant(deps, record, participantOf(record, session.participantId));
  return { ok: true as const };
};

/**
 * Closing the page: the others see them go; their session brings them back where they were.
 * Their media credentials stop working: coming back asks for new ones.
 */
export const leaveConsultation = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings'>,
  session: ParticipantSession,
) => {
  const { consultations } = deps.store;
  let moved = false;
  let meetingRoom = false;
  const record = await consultations.updatePerson(session.consultationId, session.participantId, (current) => {
    // A meeting room counts who is in it on the sitting itself: left below, with the whole sitting.
    meetingRoom = current.type === 'meeting-room';
    const next = meetingRoom ? current : leave(current, session.participantId, deps.clock.now());
    moved = next !== current;
    return next;
  });
  if (meetingRoom) return leaveMeetingRoom(deps, session);
  // Announced only when this call moved them: leaving twice (two tabs closing) is heard once.
  if (moved) {
    const whole = (await consultations.get(record.id)) ?? record;
    await announceParticipant(deps, record, participantOf(record, session.participantId), inTheCall(whole));
    if (participantOf(record, session.participantId).state === 'left') await deps.meetings.remove(whole, session.participantId);
  }
  return { ok: true as const };
};

/** Out of a meeting room: one fewer in it; guests left without a member start counting towards the end of their call. */
const leaveMeetingRoom = async (deps: Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings'>, session: ParticipantSession) => {
  let moved = false;
  const record = await deps.store.consultations.update(session.consultationId, (current) => {
    const next = leaveRoom(current, session.participantId, deps.clock.now());
    moved = next !== current;
    return next;
  });
  if (moved) {
    await announceParticipant(deps, record, participantOf(record, session.participantId), inTheCall(record));
    await deps.meetings.remove(record, session.participantId);
  }
  return { ok: true as const };
};
