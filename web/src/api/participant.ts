import type { JoinResponse, SessionResponse } from '@clinicall/shared';
import { patientPaths } from './paths.ts';
import { isRecord, request, unexpected } from './request.ts';

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

export type JoinStep = { readonly next: 'verify-date-of-birth' } | { readonly next: 'enter-name' } | ({ readonly next: 'waiting-room' } & ParticipantSession);

/** Opens a link: says what the person must do next. */
export const openLink = async (token: string): Promise<JoinStep> => {
  const answer = await request('POST', patientPaths.join, { body: { token } });
  const next = isRecord(answer) ? (answer.next as JoinResponse['next']) : undefined;
  if (next === 'verify-date-of-birth' || next === 'enter-name') return { next };
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

export const sendFeedback = async (session: string, technicalProblems: boolean): Promise<void> => {
  await request('POST', patientPaths.feedback, { token: session, body: { technicalProblems } });
};
