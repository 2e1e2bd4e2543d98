import { DomainError } from '@clinicall/shared';
import { groupOperations } from '@clinicall/shared/contract/groups';
import { broadcast as broadcastMessage, raiseHand as raiseOrLowerHand } from '#use-cases/group-call';
import { addCoModerator, createGroupConsultation, handOverSession } from '#use-cases/group-consultation';
import { register as registerSomeone, withdrawRegistration } from '#use-cases/group-registration';
import type { FunctionNeeds } from '../composition/needs.ts';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import { type Caller, staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));
const staffDirectory = loadedOnFirstUse(() => import('../composition/aws-adapters/staff-directory.ts'));

const sessionOf = (caller: Caller) => {
  if (caller.kind !== 'participant') throw new DomainError('unauthorized', 'Open your link again to rejoin.');
  return caller.session;
};

/** Co-moderators are clinicians of the staff directory; the session's end and its contact purge are timers. */
const creating: FunctionNeeds = { tables: { consultations: 'write' }, events: true, timers: true, staffDirectory: true };
/** Each registration gets its own link, sent, with its expiry armed. */
const registering: FunctionNeeds = {
  tables: { patients: 'read', consultations: 'write', access: 'write' },
  events: true,
  timers: true,
  notifier: true,
};
/** Someone withdrawn while in the call loses their attendees. */
const withdrawing: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'remove' };
const coModerating: FunctionNeeds = { tables: { consultations: 'write' }, events: true, staffDirectory: true };
const telling: FunctionNeeds = { tables: { consultations: 'read' }, events: true };

/** A group session's people: its moderators, the people registered, raised hands and a word to every room. */
export const factories = {
  create: apiRoute(groupOperations.createConsultation, creating, (deps, { caller, body }) =>
    createGroupConsultation(deps, staffOf(caller), body),
  ),
  register: apiRoute(groupOperations.register, registering, (deps, { caller, params, body }) =>
    registerSomeone(deps, staffOf(caller), params.id, body),
  ),
  withdraw: apiRoute(groupOperations.withdrawRegistration, withdrawing, (deps, { caller, params }) =>
    withdrawRegistration(deps, staffOf(caller), params.id, params.participantId),
  ),
  addCoHost: apiRoute(groupOperations.addCoHost, coModerating, (deps, { caller, params, body }) =>
    addCoModerator(deps, staffOf(caller), params.id, body.staffId),
  ),
  handOver: apiRoute(groupOperations.handOver, { tables: { consultations: 'write' }, events: true }, (deps, { caller, params, body }) =>
    handOverSession(deps, staffOf(caller), params.id, body.staffId),
  ),
  broadcast: apiRoute(groupOperations.broadcast, telling, (deps, { caller, params, body }) =>
    broadcastMessage(deps, staffOf(caller), params.id, body.message),
  ),
  raiseHand: apiRoute(groupOperations.raiseHand, { tables: { consultations: 'write' }, events: true }, (deps, { caller, body }) =>
    raiseOrLowerHand(deps, sessionOf(caller), body.raised),
  ),
} satisfies Record<string, RouteFactory>;

/** Links are sent and timers armed; co-moderators are looked up; whoever is withdrawn from the call loses their attendees. */
export const awsAdapters: AwsAdapters = { tables: [accessTable, auditTable, consultationsTable, patientsTable], notifier, events, timers, meetings, staffDirectory };

export const { create, register, withdraw, addCoHost, handOver, broadcast, raiseHand } = onAws.all(factories, awsAdapters);
