import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { listAppointmentRequests } from '#use-cases/appointment-requests';
import {
  cancelAppointment,
  getAppointment,
  listAppointments,
  proposeAppointment,
  rescheduleAppointment,
} from '#use-cases/appointments';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

/** The clinician's side of appointments. */
export const factories = {
  propose: (deps: Dependencies) =>
    route(operations.proposeAppointment, ({ caller, body }) => proposeAppointment(deps, staffOf(caller), body), routeOptions(deps)),
  list: (deps: Dependencies) =>
    route(operations.listAppointments, ({ caller, query }) => listAppointments(deps, staffOf(caller), query.view), routeOptions(deps)),
  get: (deps: Dependencies) =>
    route(operations.getAppointment, ({ caller, params }) => getAppointment(deps, staffOf(caller), params.id), routeOptions(deps)),
  cancel: (deps: Dependencies) =>
    route(
      operations.cancelAppointment,
      ({ caller, params, body }) => cancelAppointment(deps, staffOf(caller), params.id, body.reason),
      routeOptions(deps),
    ),
  reschedule: (deps: Dependencies) =>
    route(
      operations.rescheduleAppointment,
      ({ caller, params, body }) => rescheduleAppointment(deps, staffOf(caller), params.id, body),
      routeOptions(deps),
    ),
  requests: (deps: Dependencies) =>
    route(operations.listAppointmentRequests, ({ caller }) => listAppointmentRequests(deps, staffOf(caller)), routeOptions(deps)),
};

/** Proposals, new times and cancellations are sent to the patient; every change is told in real time. */
export const awsAdapters: AwsAdapters = {
  notifier: () => import('../composition/aws-adapters/notifier.ts'),
  events: () => import('../composition/aws-adapters/events.ts'),
};

export const { propose, list, get, cancel, reschedule, requests } = onAws.all(factories, awsAdapters);
