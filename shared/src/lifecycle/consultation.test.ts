import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  type ConsultationEvent,
  consultationLifecycle,
  type ConsultationStatus,
  consultationStatuses,
  isConsultationOver,
  nextConsultationStatus,
  nextParticipantState,
  type ParticipantEvent,
  participantLifecycle,
  type ParticipantState,
  participantStates,
} from './consultation.ts';
import { type Lifecycle, move, statesAllowing } from './transition.ts';

const expectIllegal = (attempt: () => unknown, state: string, event: string) => {
  let thrown: unknown;
  try {
    attempt();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${state} × ${event} should be refused`).toBeInstanceOf(DomainError);
  const error = thrown as DomainError;
  expect(error.code).toBe('illegal-transition');
  expect(error.status).toBe(409);
  expect(error.details).toEqual({ state, event });
  expect(error.message).toContain(state);
  expect(error.message).toContain(event);
};

describe('consultation lifecycle', () => {
  const events: ConsultationEvent[] = ['start', 'end', 'cancel'];
  const legal: Record<string, ConsultationStatus> = {
    'open start': 'in-progress',
    'open end': 'ended',
    'open cancel': 'cancelled',
    'in-progress end': 'ended',
  };

  it('has a rule for exactly the known events', () => {
    expect(Object.keys(consultationLifecycle).sort()).toEqual([...events].sort());
  });

  for (const status of consultationStatuses) {
    for (const event of events) {
      const to = legal[`${status} ${event}`];
      if (to) {
        it(`${status} --${event}--> ${to}`, () => {
          expect(nextConsultationStatus(status, event)).toBe(to);
        });
      } else {
        it(`${status} cannot ${event}`, () => {
          expectIllegal(() => nextConsultationStatus(status, event), status, event);
        });
      }
    }
  }

  it('is over once ended or cancelled', () => {
    expect(consultationStatuses.filter(isConsultationOver)).toEqual(['ended', 'cancelled']);
  });

  it('no event leads out of a final state', () => {
    for (const status of consultationStatuses.filter(isConsultationOver)) {
      for (const event of events) expect(statesAllowing(consultationLifecycle, event)).not.toContain(status);
    }
  });
});

describe('participant lifecycle', () => {
  const events: ParticipantEvent[] = ['arrive', 'admit', 'leave', 'rejoin', 'hold', 'remove'];
  const legal: Record<string, ParticipantState> = {
    'invited arrive': 'waiting',
    'invited leave': 'left',
    'waiting admit': 'admitted',
    'waiting leave': 'left',
    'admitted leave': 'left',
    'left rejoin': 'waiting',
    'admitted hold': 'waiting',
    'invited remove': 'left',
    'waiting remove': 'left',
    'admitted remove': 'left',
  };

  it('has a rule for exactly the known events', () => {
    expect(Object.keys(participantLifecycle).sort()).toEqual([...events].sort());
  });

  for (const state of participantStates) {
    for (const event of events) {
      const to = legal[`${state} ${event}`];
      if (to) {
        it(`${state} --${event}--> ${to}`, () => {
          expect(nextParticipantState(state, event)).toBe(to);
        });
      } else {
        it(`${state} cannot ${event}`, () => {
          expectIllegal(() => nextParticipantState(state, event), state, event);
        });
      }
    }
  }

  it('a participant who lost the connection goes back through the waiting room', () => {
    let state: ParticipantState = 'invited';
    for (const event of ['arrive', 'admit', 'leave', 'rejoin', 'admit'] as const) {
      state = nextParticipantState(state, event);
    }
    expect(state).toBe('admitted');
  });
});

describe('move', () => {
  it('names the lifecycle in its refusal', () => {
    const widget: Lifecycle<'a' | 'b', 'go'> = { go: { from: ['a'], to: 'b' } };
    expect(move('widget', widget, 'a', 'go')).toBe('b');
    expect(() => move('widget', widget, 'b', 'go')).toThrow(
      'A widget that is b cannot go.',
    );
  });

  it('statesAllowing answers the from-states of an event', () => {
    expect(statesAllowing(participantLifecycle, 'leave')).toEqual(['invited', 'waiting', 'admitted']);
  });
});
