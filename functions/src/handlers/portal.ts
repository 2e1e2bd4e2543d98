import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { acceptAppointment, joinAppointment, rejectAppointment } from '#use-cases/answer-appointment';
import { requestAppointment } from '#use-cases/appointment-requests';
import { acceptCall, acknowledgeCall, rejectCall } from '#use-cases/direct-call';
import { issueEventTicket } from '#use-cases/events';
import { portalOf } from '#use-cases/portal';
import { revokePortalSessions, signInToPortal, signOutOfPortal } from '#use-cases/portal-session';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { patientOf, route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

/** The patient portal: sign-in, the patient's appointments and calls; and the organisation's revocation. */
export const factories = {
  signIn: (deps: Dependencies) => route(operations.portalSignIn, ({ body }) => signInToPortal(deps, body), routeOptions(deps)),
  portal: (deps: Dependencies) => route(operations.portal, ({ caller }) => portalOf(deps, patientOf(caller)), routeOptions(deps)),
  signOut: (deps: Dependencies) =>
    route(operations.portalSignOut, ({ caller }) => signOutOfPortal(deps, patientOf(caller)), routeOptions(deps)),
  ticket: (deps: Dependencies) =>
    route(
      operations.portalEventTicket,
      ({ caller }) => {
        patientOf(caller);
        return issueEventTicket(deps, caller);
      },
      routeOptions(deps),
    ),
  accept: (deps: Dependencies) =>
    route(operations.acceptAppointment, ({ caller, params }) => acceptAppointment(deps, patientOf(caller), params.id), routeOptions(deps)),
  reject: (deps: Dependencies) =>
    route(
      operations.rejectAppointment,
      ({ caller, params, body }) => rejectAppointment(deps, patientOf(caller), params.id, body),
      routeOptions(deps),
    ),
  join: (deps: Dependencies) =>
    route(operations.joinAppointment, ({ caller, params }) => joinAppointment(deps, patientOf(caller), params.id), routeOptions(deps)),
  request: (deps: Dependencies) =>
    route(operations.requestAppointment, ({ caller, body }) => requestAppointment(deps, patientOf(caller), body), routeOptions(deps)),
  ringing: (deps: Dependencies) =>
    route(operations.acknowledgeCall, ({ caller, params }) => acknowledgeCall(deps, patientOf(caller), params.id), routeOptions(deps)),
  answerCall: (deps: Dependencies) =>
    route(operations.acceptCall, ({ caller, params }) => acceptCall(deps, patientOf(caller), params.id), routeOptions(deps)),
  declineCall: (deps: Dependencies) =>
    route(operations.rejectCall, ({ caller, params }) => rejectCall(deps, patientOf(caller), params.id), routeOptions(deps)),
  revoke: (deps: Dependencies) =>
    route(operations.revokePortalSessions, ({ caller, params }) => revokePortalSessions(deps, staffOf(caller), params.id), routeOptions(deps)),
};

/**
 * Accepting sends the extra people their links and arms the reminders and the end; declining a
 * call sends the missed-call notice; answers are told to the clinician in real time.
 */
export const awsAdapters: AwsAdapters = {
  notifier: () => import('../composition/aws-adapters/notifier.ts'),
  events: () => import('../composition/aws-adapters/events.ts'),
  timers: () => import('../composition/aws-adapters/timers.ts'),
  // A declined call ends the meeting the clinician may be waiting in.
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
};

export const { signIn, portal, signOut, ticket, accept, reject, join, request, ringing, answerCall, declineCall, revoke } = onAws.all(
  factories,
  awsAdapters,
);
