import { DomainError, type SessionResponse } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { participantOf } from '../consultation/changes.ts';
import type { ParticipantSession } from '../http/route.ts';
import { hashSecret, parseSessionToken, sameHash } from '../secrets.ts';

type Deps = Pick<Dependencies, 'store' | 'clock'>;

/** The session a bearer token proves, or undefined: forged, expired and unknown look alike. */
export const authenticateParticipant = async (deps: Deps, bearer: string): Promise<ParticipantSession | undefined> => {
  const parsed = parseSessionToken(bearer);
  if (!parsed) return undefined;
  const record = await deps.store.consultations.get(parsed.consultationId);
  const participant = record?.participants[parsed.participantId];
  if (!participant?.sessionHash || !participant.sessionExpiresAt) return undefined;
  if (!sameHash(hashSecret(parsed.secret), participant.sessionHash)) return undefined;
  if (Date.parse(participant.sessionExpiresAt) <= deps.clock.now().getTime()) return undefined;
  return { consultationId: parsed.consultationId, participantId: parsed.participantId };
};

export const describeSession = async ({ store }: Deps, session: ParticipantSession): Promise<SessionResponse> => {
  const record = await store.consultations.get(session.consultationId);
  if (!record) throw new DomainError('not-found', 'There is no such consultation.');
  const participant = participantOf(record, session.participantId);
  return {
    consultation: { id: record.id, type: record.type, status: record.status, hostName: record.hostName },
    participant: { id: participant.id, role: participant.role, state: participant.state, displayName: participant.displayName },
  };
};

/** "Did you have technical problems?" — answered once the consultation is over. */
export const recordFeedback = async ({ store }: Deps, session: ParticipantSession, technicalProblems: boolean) => {
  await store.consultations.update(session.consultationId, (record) => {
    const participant = participantOf(record, session.participantId);
    if (participant.technicalProblems === technicalProblems) return record;
    return {
      ...record,
      participants: { ...record.participants, [participant.id]: { ...participant, technicalProblems } },
    };
  });
  return { ok: true as const };
};
