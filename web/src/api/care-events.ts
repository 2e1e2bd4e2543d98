import { isRecord } from './request.ts';

/**
 * The events of appointments and direct calls. The patient's portal socket hears
 * 'incoming-call', 'call-ended' and 'appointment-changed'; the staff socket hears
 * 'appointment-changed', 'appointment-request-changed' and 'direct-call-changed'. Read with plain checks (no schema library on the patient's pages).
 */
export interface IncomingCall {
  readonly type: 'incoming-call';
  readonly callId: string;
  readonly clinicianName: string;
}

export interface CallEnded {
  readonly type: 'call-ended';
  readonly callId: string;
  readonly status: string;
}

export interface AppointmentChanged {
  readonly type: 'appointment-changed';
  readonly appointmentId: string;
  readonly status: string;
}

export interface AppointmentRequestChanged {
  readonly type: 'appointment-request-changed';
  readonly requestId: string;
  readonly status: string;
}

export interface DirectCallChanged {
  readonly type: 'direct-call-changed';
  readonly callId: string;
  readonly status: string;
}

export type CareEvent =
  IncomingCall | CallEnded | AppointmentChanged | AppointmentRequestChanged | DirectCallChanged;

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The event, if it is one of these and has what it promises; anything else is undefined. */
export const careEventOf = (event: unknown): CareEvent | undefined => {
  if (!isRecord(event)) return undefined;
  switch (event.type) {
    case 'incoming-call':
      return text(event.callId) && typeof event.clinicianName === 'string'
        ? { type: event.type, callId: event.callId, clinicianName: event.clinicianName }
        : undefined;
    case 'call-ended':
    case 'direct-call-changed':
      return text(event.callId) && text(event.status)
        ? { type: event.type, callId: event.callId, status: event.status }
        : undefined;
    case 'appointment-changed':
      return text(event.appointmentId) && text(event.status)
        ? { type: event.type, appointmentId: event.appointmentId, status: event.status }
        : undefined;
    case 'appointment-request-changed':
      return text(event.requestId) && text(event.status)
        ? { type: event.type, requestId: event.requestId, status: event.status }
        : undefined;
    default:
      return undefined;
  }
};
