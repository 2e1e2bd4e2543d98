import { directCallOperations } from '@clinicall/shared/contract/direct-calls';
import { callPatient, cancelDirectCall, getDirectCall } from '#use-cases/direct-call';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const events = loadedOnFirstUse(() => import('../composition/aws-adapters/events.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

/** The clinician's side of Call Patient. */
export const factories = {
  // The consultation and the call, the ring timers, the portal rings.
  call: apiRoute(
    directCallOperations.callPatient,
    {
      tables: { patients: 'read', consultations: 'write', appointments: 'write' },
      events: true,
      timers: true,
    },
    (deps, { caller, params }) => callPatient(deps, staffOf(caller), params.id),
  ),
  get: apiRoute(directCallOperations.getDirectCall, { tables: { appointments: 'read' } }, (deps, { caller, params }) =>
    getDirectCall(deps, staffOf(caller), params.id),
  ),
  // Hanging up ends the meeting the clinician may be waiting in.
  cancel: apiRoute(
    directCallOperations.cancelDirectCall,
    { tables: { consultations: 'write', appointments: 'write' }, events: true, meetings: 'end' },
    (deps, { caller, params }) => cancelDirectCall(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/** Calling rings the portal and arms the ring timers; hanging up tells the portal to stop and ends any meeting. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable],
  events,
  timers,
  meetings,
};

export const { call, get, cancel } = onAws.all(factories, awsAdapters);
