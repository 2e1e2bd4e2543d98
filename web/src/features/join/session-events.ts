import type { ServerEvent } from '@clinicall/shared';
import type { SessionState } from '../../api/participant.ts';

/**
 * The person's own session as one event changes it, at once (the session is read again just
 * after, which settles the rest): where they stand and which room they are in, how the
 * consultation goes and when it ends, its breakout rooms, whether anyone of the organisation is in
 * a meeting room. The same object when nothing changed.
 */
export const applySessionEvent = (state: SessionState, event: ServerEvent, participantId: string): SessionState => {
  if (!('consultationId' in event) || event.consultationId !== state.consultation.id) return state;
  switch (event.type) {
    case 'participant-changed': {
      if (event.participant.id !== participantId) return state;
      const { state: standing, room } = event.participant;
      // Moved to a breakout room: at once. Back in the main room (no room named, as in an event
      // about something else): the session read just after says so, the call never flickers
      // between rooms on an event that did not name one.
      return { ...state, participant: { ...state.participant, state: standing, ...(room && { room }) } };
    }
    case 'consultation-changed':
      return {
        ...state,
        consultation: { ...state.consultation, status: event.status, ...(event.endsAt && { endsAt: event.endsAt }) },
      };
    case 'attendance-changed':
      return { ...state, consultation: { ...state.consultation, staffPresent: event.staffPresent } };
    case 'breakout-changed': {
      const { breakout: _closed, ...consultation } = state.consultation;
      return { ...state, consultation: { ...consultation, ...(event.breakout && { breakout: event.breakout }) } };
    }
    default:
      return state;
  }
};
