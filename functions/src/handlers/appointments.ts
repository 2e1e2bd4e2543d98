import { appointmentOperations } from '@clinicall/shared/contract/appointments';
import { listAppointmentRequests } from '#use-cases/appointment-requests';
import {
  cancelAppointment,
  getAppointment,
  listAppointments,
  proposeAppointment,
  rescheduleAppointment,
} from '#use-cases/appointments';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { messageToPatient } from '../composition/needs.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const events = loadedOnFirstUse(() => import('../composition/aws-adapters/events.ts'));
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));

/** The clinician's side of appointments. */
export const factories = {
  // Proposing also answers the patient's open requests.
  propose: apiRoute(
    appointmentOperations.proposeAppointment,
    { tables: { ...messageToPatient, appointments: 'write' }, events: true, notifier: true },
    (deps, { caller, body }) => proposeAppointment(deps, staffOf(caller), body),
  ),
  list: apiRoute(
    appointmentOperations.listAppointments,
    { tables: { appointments: 'read' } },
    (deps, { caller, query }) => listAppointments(deps, staffOf(caller), query.view),
  ),
  get: apiRoute(appointmentOperations.getAppointment, { tables: { appointments: 'read' } }, (deps, { caller, params }) =>
    getAppointment(deps, staffOf(caller), params.id),
  ),
  cancel: apiRoute(
    appointmentOperations.cancelAppointment,
    {
      tables: { ...messageToPatient, appointments: 'write', consultations: 'write' },
      events: true,
      notifier: true,
    },
    (deps, { caller, params, body }) => cancelAppointment(deps, staffOf(caller), params.id, body.reason),
  ),
  reschedule: apiRoute(
    appointmentOperations.rescheduleAppointment,
    {
      tables: { ...messageToPatient, appointments: 'write', consultations: 'write' },
      events: true,
      notifier: true,
    },
    (deps, { caller, params, body }) => rescheduleAppointment(deps, staffOf(caller), params.id, body),
  ),
  requests: apiRoute(
    appointmentOperations.listAppointmentRequests,
    { tables: { appointments: 'read' } },
    (deps, { caller }) => listAppointmentRequests(deps, staffOf(caller)),
  ),
} satisfies Record<string, RouteFactory>;

/** Proposals, new times and cancellations are sent to the patient; every change is told in real time. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable],
  notifier,
  events,
};

export const { propose, list, get, cancel, reschedule, requests } = onAws.all(factories, awsAdapters);
