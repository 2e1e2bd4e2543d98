import {
  type AuditActor,
  AuditId,
  type AuditTargets,
  ClientAddress,
  type ErrorCode,
  errorStatus,
  isDomainError,
  type NewAuditEntry,
  type Operation,
  type OperationId,
  staffGroups,
} from '@clinicall/shared';
import type { ApiEvent, Caller } from '../http/route.ts';
import { auditedOperations } from './audited-operations.ts';

/** What `{id}` in a path is the id of, by where the path leads. */
const pathIdKinds: readonly [RegExp, keyof AuditTargets][] = [
  [/^\/api\/patients\/\{id\}/, 'patientId'],
  [/^\/api\/consultations\/\{id\}/, 'consultationId'],
  [/^\/api\/(portal\/)?appointments\/\{id\}/, 'appointmentId'],
  [/^\/api\/(direct-calls|portal\/calls)\/\{id\}/, 'directCallId'],
  [/^\/api\/meeting-rooms\/\{id\}/, 'meetingRoomId'],
];

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** An id, only when it has an id's shape: whatever else a caller sent is never written. */
const idOr = (value: unknown): string | undefined => (AuditId.safeParse(value).success ? (value as string) : undefined);

const actorOf = (caller: Caller | undefined): AuditActor => {
  switch (caller?.kind) {
    case 'staff':
      return { kind: 'staff', id: caller.staff.id, roles: staffGroups.filter((group) => caller.staff.groups.includes(group)) };
    case 'participant':
      return { kind: 'participant', id: caller.session.participantId, consultationId: caller.session.consultationId };
    case 'patient':
      return { kind: 'patient', id: caller.portal.deviceId, ...(idOr(caller.portal.patientId) && { patientId: caller.portal.patientId }) };
    default:
      return { kind: 'anonymous' };
  }
};

/** The ids a request and its answer name: the path's, the body's, and what a success made or reached. */
const targetsOf = (op: Operation, event: ApiEvent, body: unknown, result: unknown): AuditTargets => {
  const params = record(event.pathParameters);
  const sent = record(body);
  const answer = record(result);
  const candidates: Partial<Record<keyof AuditTargets, unknown>> = {
    patientId: sent.patientId ?? answer.patientId ?? record(answer.consultation).patientId,
    consultationId: answer.consultationId ?? record(answer.consultation).id,
    participantId: params.participantId ?? sent.participantId ?? answer.participantId,
    linkId: params.linkId ?? record(answer.link).id,
    meetingRoomId: record(answer.room).id,
  };
  const pathKind = pathIdKinds.find(([pattern]) => pattern.test(op.path))?.[1];
  if (pathKind) candidates[pathKind] = params.id;
  const answers = auditedOperations[op.id as OperationId]?.answers;
  if (answers) candidates[answers] = answer.id;
  return Object.fromEntries(
    Object.entries(candidates)
      .map(([name, value]) => [name, idOr(value)] as const)
      .filter(([, value]) => value !== undefined),
  );
};

/** The client's address as API Gateway saw it (locally: the socket's), when it is one. */
const addressOf = (event: ApiEvent): string | undefined => {
  const address = event.requestContext?.http?.sourceIp;
  return ClientAddress.safeParse(address).success ? address : undefined;
};

/** The public code of a refusal, or undefined for a failure of ours. */
export const refusalCode = (error: unknown): ErrorCode | undefined => {
  if (isDomainError(error)) return error.code;
  const { statusCode, message } = (error ?? {}) as { statusCode?: number; message?: unknown };
  if (typeof statusCode !== 'number' || statusCode >= 500 || typeof message !== 'string') return undefined;
  try {
    const code = (JSON.parse(message) as { error?: unknown }).error;
    return typeof code === 'string' && code in errorStatus ? (code as ErrorCode) : undefined;
  } catch {
    return undefined;
  }
};

export interface HandledRequest {
  readonly op: Operation;
  readonly event: ApiEvent;
  readonly caller?: Caller | undefined;
  readonly body?: unknown;
  readonly result?: unknown;
  /** The code of a refusal; absent for a success. */
  readonly refused?: ErrorCode;
}

/** The audit entry of a request, or undefined when its operation is not recorded. */
export const auditEntryOf = ({ op, event, caller, body, result, refused }: HandledRequest): NewAuditEntry | undefined => {
  const audited = auditedOperations[op.id as OperationId];
  if (!audited) return undefined;
  const clientAddress = addressOf(event);
  return {
    actor: actorOf(caller),
    action: audited.action,
    // A refused request names what it asked for, not what it would have answered.
    targets: targetsOf(op, event, body, refused ? undefined : result),
    outcome: refused ? 'refused' : 'success',
    ...(refused && { reason: refused }),
    ...(clientAddress && { clientAddress }),
  };
};
