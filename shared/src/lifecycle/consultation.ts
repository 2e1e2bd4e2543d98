import type { Lifecycle } from './transition.ts';
import { move } from './transition.ts';

export const consultationStatuses = ['open', 'in-progress', 'ended', 'cancelled'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];
export type ConsultationEvent = 'start' | 'end' | 'cancel';

/** open: people invited or waiting; in-progress: someone was admitted; cancelled: tidied unused. */
export const consultationLifecycle: Lifecycle<ConsultationStatus, ConsultationEvent> = {
  start: { from: ['open'], to: 'in-progress' },
  end: { from: ['open', 'in-progress'], to: 'ended' },
  cancel: { from: ['open'], to: 'cancelled' },
};

export const nextConsultationStatus = (
  status: ConsultationStatus,
  event: ConsultationEvent,
): ConsultationStatus => move('consultation', consultationLifecycle, status, event);

export const isConsultationOver = (status: ConsultationStatus): boolean =>
  status === 'ended' || status === 'cancelled';

/** A direct call nobody answered never became a consultation: it is listed as a missed call instead. */
export const neverHappened = (consultation: { readonly type: string; readonly status: ConsultationStatus }): boolean =>
  consultation.type === 'direct-call' && consultation.status === 'cancelled';

export const participantStates = ['invited', 'waiting', 'admitted', 'left'] as const;
export type ParticipantState = (typeof participantStates)[number];
export type ParticipantEvent = 'arrive' | 'admit' | 'leave' | 'rejoin' | 'hold' | 'remove';

/**
 * A participant who left may come back to the waiting room (network loss, closed tab). The host
 * may place someone in the call back in the waiting room (hold), or remove anyone not yet gone.
 */
export const participantLifecycle: Lifecycle<ParticipantState, ParticipantEvent> = {
  arrive: { from: ['invited'], to: 'waiting' },
  admit: { from: ['waiting'], to: 'admitted' },
  leave: { from: ['invited', 'waiting', 'admitted'], to: 'left' },
  rejoin: { from: ['left'], to: 'waiting' },
  hold: { from: ['admitted'], to: 'waiting' },
  remove: { from: ['invited', 'waiting', 'admitted'], to: 'left' },
};

export const nextParticipantState = (
  state: ParticipantState,
  event: ParticipantEvent,
): ParticipantState => move('participant', participantLifecycle, state, event);
