import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { callPatient, cancelDirectCall, getDirectCall } from '#use-cases/direct-call';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

/** The clinician's side of Call Patient. */
export const factories = {
  call: (deps: Dependencies) =>
    route(operations.callPatient, ({ caller, params }) => callPatient(deps, staffOf(caller), params.id), routeOptions(deps)),
  get: (deps: Dependencies) =>
    route(operations.getDirectCall, ({ caller, params }) => getDirectCall(deps, staffOf(caller), params.id), routeOptions(deps)),
  cancel: (deps: Dependencies) =>
    route(operations.cancelDirectCall, ({ caller, params }) => cancelDirectCall(deps, staffOf(caller), params.id), routeOptions(deps)),
};

/** Calling rings the portal and arms the ring timers; hanging up tells the portal to stop and ends any meeting. */
export const awsAdapters: AwsAdapters = {
  events: () => import('../composition/aws-adapters/events.ts'),
  timers: () => import('../composition/aws-adapters/timers.ts'),
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
};

export const { call, get, cancel } = onAws.all(factories, awsAdapters);
