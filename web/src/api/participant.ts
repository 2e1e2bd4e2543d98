import type { DeviceCheck, JoinResponse, SessionResponse } from '@clinicall/shared';
import { patientPaths } from './paths.ts';
import { getApiBase, isRecord, request, unexpected } from './request.ts';

/** What a person holds once through the identity check: a bearer session for this consultation. */
export interface ParticipantSession {
  readonly session: string;
  readonly participantId: string;
  readonly consultationId: string;
}

const asSession = (value: unknown): ParticipantSession => {
  if (
    isRecord(value) &&
    typeof value.session === 'string' &&
    typeof value.participantId === 'string' &&
    typeof value.consultationId === 'string'
  ) {
    return { session: value.session, participantId: value.participantId, consultationId: value.consultationId };
  }
  throw unexpected('session');
};

export type JoinStep =
  | { readonly next: 'verify-date-of-birth' }
  | { readonly next: 'enter-name'; readonly name?: string; readonly meetingRoom?: { readonly name: string } }
  | ({ readonly next: 'waiting-room' } & ParticipantSession);

/** Opens a link: says what the person must do next. */
export const openLink = async (token: string): Promise<JoinStep> => {
  const answer = await request('POST', patientPaths.join, { body: { token } });
  const next = isRecord(answer) ? (answer.next as JoinResponse['next']) : undefined;
  if (next === 'verify-date-of-birth') return { next };
  if (next === 'enter-name') {
    const name = isRecord(answer) && typeof answer.name === 'string' ? answer.name : undefined;
    const room = isRecord(answer) && isRecord(answer.meetingRoom) && typeof answer.meetingRoom.name === 'string' ? answer.meetingRoom.name : undefined;
    return { next, ...(name && { name }), ...(room !== undefined && { meetingRoom: { name: room } }) };
  }
  if (next === 'waiting-room') return { next, ...asSession(answer) };
  throw unexpected('join');
};

export type Proof = { readonly dateOfBirth: string } | { readonly displayName: string };

export const confirmIdentity = async (token: string, proof: Proof): Promise<ParticipantSession> =>
  asSession(await request('POST', patientPaths.verify, { body: { token, ...proof } }));

export type SessionState = SessionResponse;

export const readSession = async (session: string): Promise<SessionState> => {
  const answer = await request('GET', patientPaths.session, { token: session });
  if (isRecord(answer) && isRecord(answer.consultation) && isRecord(answer.participant)) {
    const { consultation, participant } = answer;
    if (typeof consultation.status === 'string' && typeof participant.state === 'string') {
      return answer as unknown as SessionState;
    }
  }
  throw unexpected('session');
};

/** Raises or lowers this person's hand in a group consultation; answers their session as it is now. */
export const raiseHand = async (session: string, raised: boolean): Promise<SessionState> => {
  const answer = await request('POST', patientPaths.raiseHand, { token: session, body: { raised } });
  if (isRecord(answer) && isRecord(answer.consultation) && isRecord(answer.participant)) return answer as unknown as SessionState;
  throw unexpected('session');
};

export const sendFeedback = async (session: string, technicalProblems: boolean): Promise<void> => {
  await request('POST', patientPaths.feedback, { token: session, body: { technicalProblems } });
};

/** What the device check found, for the clinician to see before letting the person in. */
export const reportDeviceCheck = async (session: string, check: DeviceCheck): Promise<void> => {
  await request('POST', patientPaths.deviceCheck, { token: session, body: check });
};

/** Leaves the call (the Leave button): the others see the person go; reading their session again brings them back. */
export const leaveCall = async (session: string): Promise<void> => {
  await request('POST', patientPaths.leave, { token: session });
};

/**
 * The page is going away (closed, navigated from): the others see the person leave. A beacon
 * cannot carry the bearer header, so a fetch that outlives the page (keepalive) does it.
 */
export const leaveAsPageCloses = (session: string): void => {
  fetch(`${getApiBase()}${patientPaths.leave}`, {
    method: 'POST',
    keepalive: true,
    headers: { authorization: `Bearer ${session}` },
  }).catch(() => undefined);
};
