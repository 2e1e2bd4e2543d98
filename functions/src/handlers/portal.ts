import { portalOperations } from '@clinicall/shared/contract/portal';
import { acceptAppointment, joinAppointment, rejectAppointment } from '#use-cases/answer-appointment';
import { requestAppointment } from '#use-cases/appointment-requests';
import { acceptCall, acknowledgeCall, rejectCall } from '#use-cases/direct-call';
import { issueEventTicket } from '#use-cases/events';
import { portalOf } from '#use-cases/portal';
import { revokePortalSessions, signInToPortal, signOutOfPortal } from '#use-cases/portal-session';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { messageToPatient, portalSession } from '../composition/needs.ts';
import { patientOf, staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const events = loadedOnFirstUse(() => import('../composition/aws-adapters/events.ts'));
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

/** The patient portal: sign-in, the patient's appointments and calls; and the organisation's revocation. */
export const factories = {
  signIn: apiRoute(
    portalOperations.portalSignIn,
    { tables: { patients: 'read', access: 'write' } },
    (deps, { body }) => signInToPortal(deps, body),
  ),
  portal: apiRoute(
    portalOperations.portal,
    { tables: { ...portalSession, patients: 'read', appointments: 'read' } },
    (deps, { caller }) => portalOf(deps, patientOf(caller)),
  ),
  signOut: apiRoute(portalOperations.portalSignOut, { tables: { access: 'write' } }, (deps, { caller }) =>
    signOutOfPortal(deps, patientOf(caller)),
  ),
  ticket: apiRoute(portalOperations.portalEventTicket, { tables: { access: 'write' } }, (deps, { caller }) => {
    patientOf(caller);
    return issueEventTicket(deps, caller);
  }),
  // Accepting makes the consultation, sends the extra people their links, arms reminders and the end.
  accept: apiRoute(
    portalOperations.acceptAppointment,
    {
      tables: { ...portalSession, appointments: 'write', consultations: 'write', access: 'write' },
      events: true,
      timers: true,
      notifier: true,
    },
    (deps, { caller, params }) => acceptAppointment(deps, patientOf(caller), params.id),
  ),
  reject: apiRoute(
    portalOperations.rejectAppointment,
    { tables: { ...portalSession, appointments: 'write' }, events: true },
    (deps, { caller, params, body }) => rejectAppointment(deps, patientOf(caller), params.id, body),
  ),
  join: apiRoute(
    portalOperations.joinAppointment,
    { tables: { ...portalSession, appointments: 'read', consultations: 'write' }, events: true },
    (deps, { caller, params }) => joinAppointment(deps, patientOf(caller), params.id),
  ),
  request: apiRoute(
    portalOperations.requestAppointment,
    { tables: { ...portalSession, patients: 'read', appointments: 'write' }, events: true },
    (deps, { caller, body }) => requestAppointment(deps, patientOf(caller), body),
  ),
  ringing: apiRoute(
    portalOperations.acknowledgeCall,
    { tables: { ...portalSession, appointments: 'write' } },
    (deps, { caller, params }) => acknowledgeCall(deps, patientOf(caller), params.id),
  ),
  answerCall: apiRoute(
    portalOperations.acceptCall,
    { tables: { ...portalSession, appointments: 'write', consultations: 'write' }, events: true },
    (deps, { caller, params }) => acceptCall(deps, patientOf(caller), params.id),
  ),
  // Declining sends the missed-call notice.
  declineCall: apiRoute(
    portalOperations.rejectCall,
    {
      tables: { ...messageToPatient, appointments: 'write', consultations: 'write' },
      events: true,
      // Declining ends the meeting the clinician may be waiting in.
      meetings: 'end',
      notifier: true,
    },
    (deps, { caller, params }) => rejectCall(deps, patientOf(caller), params.id),
  ),
  revoke: apiRoute(
    portalOperations.revokePortalSessions,
    { tables: { patients: 'read', access: 'write' } },
    (deps, { caller, params }) => revokePortalSessions(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/**
 * Accepting sends the extra people their links and arms the reminders and the end; declining a
 * call sends the missed-call notice; answers are told to the clinician in real time.
 */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable],
  notifier,
  events,
  timers,
  // A declined call ends the meeting the clinician may be waiting in.
  meetings,
};

export const {
  signIn,
  portal,
  signOut,
  ticket,
  accept,
  reject,
  join,
  request,
  ringing,
  answerCall,
  declineCall,
  revoke,
} = onAws.all(factories, awsAdapters);
