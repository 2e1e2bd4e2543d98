import { DomainError } from '@clinicall/shared';
import { joinOperations } from '@clinicall/shared/contract/join';
import { openLink, verifyAndEnter } from '#use-cases/open-link';
import {
  describeSession,
  leaveConsultation,
  recordFeedback,
  reportDeviceCheck,
} from '#use-cases/participant-session';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import type { Caller } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

const sessionOf = (caller: Caller) => {
  if (caller.kind !== 'participant') throw new DomainError('unauthorized', 'Open your link again to rejoin.');
  return caller.session;
};

export const factories = {
  join: apiRoute(
    joinOperations.join,
    { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true, timers: true },
    (deps, { body }) => openLink(deps, body.token),
  ),
  // A meeting room's guest may be the first one in: their sitting opens, and its watch starts.
  verify: apiRoute(
    joinOperations.verify,
    // A link locked by the last wrong date of birth closes a consultation nobody came to, and its meeting.
    { tables: { patients: 'read', consultations: 'write', access: 'read' }, events: true, timers: true, meetings: 'end' },
    (deps, { body }) =>
      verifyAndEnter(
        deps,
        body.token,
        'dateOfBirth' in body ? { dateOfBirth: body.dateOfBirth } : { displayName: body.displayName },
      ),
  ),
  // Back from having left: any attendee left over is deleted.
  session: apiRoute(
    joinOperations.session,
    { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
    (deps, { caller }) => describeSession(deps, sessionOf(caller)),
  ),
  deviceCheck: apiRoute(
    joinOperations.deviceCheck,
    { tables: { consultations: 'write' }, events: true },
    (deps, { caller, body }) => reportDeviceCheck(deps, sessionOf(caller), body),
  ),
  // Whoever leaves loses their attendees: their join tokens stop working.
  leave: apiRoute(
    joinOperations.leave,
    { tables: { consultations: 'write' }, events: true, meetings: 'remove' },
    (deps, { caller }) => leaveConsultation(deps, sessionOf(caller)),
  ),
  feedback: apiRoute(joinOperations.feedback, { tables: { consultations: 'write' } }, (deps, { caller, body }) =>
    recordFeedback(deps, sessionOf(caller), body.technicalProblems),
  ),
} satisfies Record<string, RouteFactory>;

/** The host hears of whoever arrives, waits, checks devices or leaves; whoever leaves loses their place in the meeting. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, auditTable, consultationsTable, patientsTable],
  events,
  meetings,
  timers,
};

export const { join, verify, session, deviceCheck, leave, feedback } = onAws.all(factories, awsAdapters);
