import type { Lifecycle } from './transition.ts';
import { move } from './transition.ts';

export const appointmentStatuses = ['proposed', 'scheduled', 'rejected', 'cancelled', 'completed', 'missed'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
export type AppointmentEvent = 'accept' | 'reject' | 'cancel' | 'reschedule' | 'complete' | 'miss';

/**
 * The clinician proposes, the patient answers. A rescheduled appointment is a new proposal the
 * patient answers again; one that nobody joined by its end is missed.
 */
export const appointmentLifecycle: Lifecycle<AppointmentStatus, AppointmentEvent> = {
  accept: { from: ['proposed'], to: 'scheduled' },
  reject: { from: ['proposed'], to: 'rejected' },
  cancel: { from: ['proposed', 'scheduled'], to: 'cancelled' },
  reschedule: { from: ['proposed', 'scheduled', 'rejected'], to: 'proposed' },
  complete: { from: ['scheduled'], to: 'completed' },
  miss: { from: ['scheduled'], to: 'missed' },
};

export const nextAppointmentStatus = (status: AppointmentStatus, event: AppointmentEvent): AppointmentStatus =>
  move('appointment', appointmentLifecycle, status, event);

export const directCallStatuses = ['ringing', 'accepted', 'declined', 'no-answer', 'no-network', 'cancelled', 'ended'] as const;
export type DirectCallStatus = (typeof directCallStatuses)[number];
export type DirectCallEvent = 'accept' | 'decline' | 'time-out' | 'find-no-device' | 'cancel' | 'end';

/**
 * "Call Patient": it rings on the patient's open portal. Declined, no answer within the ring
 * time, or no device acknowledging the ring within seconds are the three missed-call reasons.
 */
export const directCallLifecycle: Lifecycle<DirectCallStatus, DirectCallEvent> = {
  accept: { from: ['ringing'], to: 'accepted' },
  decline: { from: ['ringing'], to: 'declined' },
  'time-out': { from: ['ringing'], to: 'no-answer' },
  'find-no-device': { from: ['ringing'], to: 'no-network' },
  cancel: { from: ['ringing'], to: 'cancelled' },
  end: { from: ['accepted'], to: 'ended' },
};

export const nextDirectCallStatus = (status: DirectCallStatus, event: DirectCallEvent): DirectCallStatus =>
  move('call', directCallLifecycle, status, event);

export type MissedCallReason = 'declined' | 'no-answer' | 'no-network';

export const missedCallLabels: Record<MissedCallReason, string> = {
  declined: 'Call declined',
  'no-answer': 'No answer',
  'no-network': 'No network detected',
};

export const missedReasonOf = (status: DirectCallStatus): MissedCallReason | undefined =>
  status === 'declined' || status === 'no-answer' || status === 'no-network' ? status : undefined;

export const appointmentRequestStatuses = ['open', 'answered', 'withdrawn'] as const;
export type AppointmentRequestStatus = (typeof appointmentRequestStatuses)[number];
