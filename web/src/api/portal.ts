import type { Appointment, AppointmentRequest, DirectCall, MissedCall, Portal } from '@clinicall/shared';
import { paths } from '@clinicall/shared/paths';
import type { ParticipantSession } from './participant.ts';
import { isRecord, request, unexpected } from './request.ts';
import { withId } from './paths.ts';

/**
 * The patient portal's calls. No schema library on the patient's pages: each answer is checked
 * for the fields the pages rely on.
 */
export const portalPaths = {
  signIn: paths.portalSignIn,
  portal: paths.portal,
  signOut: paths.portalSignOut,
  eventTicket: paths.portalEventTicket,
  accept: paths.acceptAppointment,
  reject: paths.rejectAppointment,
  join: paths.joinAppointment,
  request: paths.requestAppointment,
  ringing: paths.acknowledgeCall,
  acceptCall: paths.acceptCall,
  rejectCall: paths.rejectCall,
} as const;

export type { Appointment, AppointmentRequest, MissedCall, Portal };

/** A remembered device (or this tab only): the bearer session and when it ends. */
export interface PortalSession {
  readonly session: string;
  readonly expiresAt: string;
}

export const signInToPortal = async (
  token: string,
  dateOfBirth: string,
  rememberDevice: boolean,
): Promise<PortalSession> => {
  const answer = await request('POST', portalPaths.signIn, { body: { token, dateOfBirth, rememberDevice } });
  if (isRecord(answer) && typeof answer.session === 'string' && typeof answer.expiresAt === 'string') {
    return { session: answer.session, expiresAt: answer.expiresAt };
  }
  throw unexpected('portal sign-in');
};

const isAppointment = (value: unknown): value is Appointment =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.status === 'string' &&
  typeof value.startsAt === 'string' &&
  typeof value.timeZone === 'string' &&
  typeof value.durationMinutes === 'number' &&
  typeof value.clinicianName === 'string';

const isMissedCall = (value: unknown): value is MissedCall =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.at === 'string' &&
  typeof value.reason === 'string';

const isRequest = (value: unknown): value is AppointmentRequest =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.from === 'string' &&
  typeof value.to === 'string';

const listOf = <T>(value: unknown, is: (item: unknown) => item is T): T[] =>
  Array.isArray(value) ? value.filter(is) : [];

export const readPortal = async (session: string): Promise<Portal> => {
  const answer = await request('GET', portalPaths.portal, { token: session });
  if (!isRecord(answer) || !isRecord(answer.patient)) throw unexpected('portal');
  return {
    patient: { givenName: typeof answer.patient.givenName === 'string' ? answer.patient.givenName : '' },
    todo: listOf(answer.todo, isAppointment),
    upcoming: listOf(answer.upcoming, isAppointment),
    past: listOf(answer.past, isAppointment),
    missedCalls: listOf(answer.missedCalls, isMissedCall),
    requests: listOf(answer.requests, isRequest),
  };
};

export const signOutOfPortal = async (session: string): Promise<void> => {
  await request('POST', portalPaths.signOut, { token: session });
};

const asAppointment = (value: unknown): Appointment => {
  if (isAppointment(value)) return value;
  throw unexpected('appointment');
};

export const acceptAppointment = async (session: string, id: string): Promise<Appointment> =>
  asAppointment(await request('POST', withId(portalPaths.accept, id), { token: session }));

export interface Decline {
  readonly reason?: string;
  readonly preferredTimes?: string;
}

export const declineAppointment = async (
  session: string,
  id: string,
  decline: Decline,
): Promise<Appointment> =>
  asAppointment(await request('POST', withId(portalPaths.reject, id), { token: session, body: decline }));

const asParticipantSession = (value: unknown): ParticipantSession => {
  if (
    isRecord(value) &&
    typeof value.session === 'string' &&
    typeof value.participantId === 'string' &&
    typeof value.consultationId === 'string'
  ) {
    return {
      session: value.session,
      participantId: value.participantId,
      consultationId: value.consultationId,
    };
  }
  throw unexpected('session');
};

/** Into the waiting room of a scheduled appointment (from 30 minutes before). */
export const joinAppointment = async (session: string, id: string): Promise<ParticipantSession> =>
  asParticipantSession(await request('POST', withId(portalPaths.join, id), { token: session }));

export interface BookingRequest {
  readonly from: string;
  readonly to: string;
  readonly partOfDay: 'morning' | 'afternoon' | 'any';
  readonly note?: string;
  readonly missedCallId?: string;
}

export const requestAppointment = async (
  session: string,
  booking: BookingRequest,
): Promise<AppointmentRequest> => {
  const answer = await request('POST', portalPaths.request, { token: session, body: booking });
  if (isRequest(answer)) return answer;
  throw unexpected('appointment request');
};

/** This device is ringing: without it within seconds, the clinician is told "no network". */
export const acknowledgeCall = async (session: string, callId: string): Promise<void> => {
  await request('POST', withId(portalPaths.ringing, callId), { token: session });
};

/** Answer: a participant session already in the call (no waiting room). */
export const acceptCall = async (session: string, callId: string): Promise<ParticipantSession> =>
  asParticipantSession(await request('POST', withId(portalPaths.acceptCall, callId), { token: session }));

export const rejectCall = async (
  session: string,
  callId: string,
): Promise<Pick<DirectCall, 'id' | 'status'>> => {
  const answer = await request('POST', withId(portalPaths.rejectCall, callId), { token: session });
  if (isRecord(answer) && typeof answer.id === 'string' && typeof answer.status === 'string') {
    return { id: answer.id, status: answer.status as DirectCall['status'] };
  }
  throw unexpected('call');
};
