import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  type AppointmentEvent,
  appointmentLifecycle,
  type AppointmentStatus,
  appointmentStatuses,
  type DirectCallEvent,
  directCallLifecycle,
  type DirectCallStatus,
  directCallStatuses,
  missedCallLabels,
  missedReasonOf,
  nextAppointmentStatus,
  nextDirectCallStatus,
} from './appointment.ts';
import { statesAllowing } from './transition.ts';

const refusalOf = (attempt: () => unknown): DomainError => {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the transition to be refused');
};

describe('appointment lifecycle: every state × every event', () => {
  const events: AppointmentEvent[] = ['accept', 'reject', 'cancel', 'reschedule', 'complete', 'miss'];
  /** The whole table of legal moves, written out: anything not here must be refused. */
  const legal: Record<string, AppointmentStatus> = {
    'proposed accept': 'scheduled',
    'proposed reject': 'rejected',
    'proposed cancel': 'cancelled',
    'proposed reschedule': 'proposed',
    'scheduled cancel': 'cancelled',
    'scheduled reschedule': 'proposed',
    'scheduled complete': 'completed',
    'scheduled miss': 'missed',
    'rejected reschedule': 'proposed',
  };

  it('has a rule for exactly the known events', () => {
    expect(Object.keys(appointmentLifecycle).sort()).toEqual([...events].sort());
  });

  for (const status of appointmentStatuses) {
    for (const event of events) {
      const to = legal[`${status} ${event}`];
      if (to) {
        it(`${status} --${event}--> ${to}`, () => {
          expect(nextAppointmentStatus(status, event)).toBe(to);
          expect(statesAllowing(appointmentLifecycle, event)).toContain(status);
        });
      } else {
        it(`${status} cannot ${event}: illegal-transition (409) naming both`, () => {
          const error = refusalOf(() => nextAppointmentStatus(status, event));
          expect(error.code).toBe('illegal-transition');
          expect(error.status).toBe(409);
          expect(error.details).toEqual({ state: status, event });
          expect(error.message).toBe(`A appointment that is ${status} cannot ${event}.`);
          expect(statesAllowing(appointmentLifecycle, event)).not.toContain(status);
        });
      }
    }
  }

  it('ends for good: completed, missed and cancelled allow nothing', () => {
    for (const final of ['completed', 'missed', 'cancelled'] as const) {
      for (const event of events) expect(() => nextAppointmentStatus(final, event)).toThrow(DomainError);
    }
  });
});

describe('direct-call lifecycle: every state × every event', () => {
  const events: DirectCallEvent[] = ['accept', 'decline', 'time-out', 'find-no-device', 'cancel', 'end'];
  const legal: Record<string, DirectCallStatus> = {
    'ringing accept': 'accepted',
    'ringing decline': 'declined',
    'ringing time-out': 'no-answer',
    'ringing find-no-device': 'no-network',
    'ringing cancel': 'cancelled',
    'accepted end': 'ended',
  };

  it('has a rule for exactly the known events', () => {
    expect(Object.keys(directCallLifecycle).sort()).toEqual([...events].sort());
  });

  for (const status of directCallStatuses) {
    for (const event of events) {
      const to = legal[`${status} ${event}`];
      if (to) {
        it(`${status} --${event}--> ${to}`, () => {
          expect(nextDirectCallStatus(status, event)).toBe(to);
        });
      } else {
        it(`${status} cannot ${event}: illegal-transition (409)`, () => {
          const error = refusalOf(() => nextDirectCallStatus(status, event));
          expect(error.code).toBe('illegal-transition');
          expect(error.status).toBe(409);
          expect(error.details).toEqual({ state: status, event });
        });
      }
    }
  }

  it('has exactly three missed-call reasons, each with the words the clinician sees', () => {
    const missed = directCallStatuses.filter((s) => missedReasonOf(s));
    expect(missed.sort()).toEqual(['declined', 'no-answer', 'no-network']);
    expect(missed.map((s) => missedCallLabels[missedReasonOf(s)!])).toEqual(
      missed.map((s) => ({ declined: 'Call declined', 'no-answer': 'No answer', 'no-network': 'No network detected' })[s as 'declined']),
    );
    for (const other of ['ringing', 'accepted', 'cancelled', 'ended'] as const) expect(missedReasonOf(other)).toBeUndefined();
  });
});
