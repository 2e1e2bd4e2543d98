import { DomainError, nextAppointmentStatus, type Outcome } from '@clinicall/shared';
import type { AppointmentRecord, AppointmentRequestRecord } from './record.ts';
import { endOf } from './record.ts';

/**
 * Pure changes to one appointment record, each by the lifecycle's rules (shared/): they answer
 * the new record, or the same one when there is nothing to do, or throw a DomainError.
 */

const stamped = (record: AppointmentRecord, now: Date, change: Partial<AppointmentRecord>): AppointmentRecord => ({
  ...record,
  ...change,
  updatedAt: now.toISOString(),
});

/** The patient says yes: scheduled, held by a new consultation. A time already passed cannot be accepted. */
export const accept = (
  record: AppointmentRecord,
  consultationId: string,
  remindersDone: readonly number[],
  now: Date,
): AppointmentRecord => {
  const status = nextAppointmentStatus(record.status, 'accept');
  if (Date.parse(record.startsAt) <= now.getTime()) {
    throw new DomainError('illegal-transition', 'The time of this appointment has passed. Ask your clinic for another.');
  }
  return stamped(record, now, { status, consultationId, remindersDone: [...remindersDone] });
};

export const reject = (
  record: AppointmentRecord,
  rejection: { reason?: string | undefined; preferredTimes?: string | undefined },
  now: Date,
): AppointmentRecord =>
  stamped(record, now, {
    status: nextAppointmentStatus(record.status, 'reject'),
    rejection: {
      ...(rejection.reason && { reason: rejection.reason }),
      ...(rejection.preferredTimes && { preferredTimes: rejection.preferredTimes }),
    },
  });

export const cancelAppointment = (record: AppointmentRecord, reason: string | undefined, now: Date): AppointmentRecord =>
  stamped(record, now, {
    status: nextAppointmentStatus(record.status, 'cancel'),
    cancellation: { ...(reason && { reason }) },
  });

/** A new time: a new proposal the patient answers again; the old consultation is let go. */
export const reschedule = (
  record: AppointmentRecord,
  time: { startsAt: string; timeZone: string; durationMinutes: number },
  now: Date,
): AppointmentRecord => {
  const status = nextAppointmentStatus(record.status, 'reschedule');
  const { consultationId: _consultation, rejection: _rejection, remindersDone: _reminders, ...rest } = record;
  return stamped(rest, now, { status, ...time });
};

/** The consultation ended: the appointment shows how it went. Only a scheduled one; otherwise unchanged. */
export const complete = (record: AppointmentRecord, consultationId: string, outcome: Outcome | undefined, now: Date) =>
  record.status !== 'scheduled' || record.consultationId !== consultationId
    ? record
    : stamped(record, now, { status: nextAppointmentStatus(record.status, 'complete'), ...(outcome && { outcome }) });

/** Over, and nobody came. Only the scheduled appointment of this consultation, once its end has passed. */
export const miss = (record: AppointmentRecord, consultationId: string, now: Date): AppointmentRecord =>
  record.status !== 'scheduled' || record.consultationId !== consultationId || endOf(record).getTime() > now.getTime()
    ? record
    : stamped(record, now, { status: nextAppointmentStatus(record.status, 'miss') });

/**
 * The reminders now due (minutes before the start) are marked done in the same write that
 * decides to send them, so a timer running twice sends each once. Unchanged if there are none,
 * or the appointment is no longer the scheduled one of this consultation.
 */
export const markReminders = (
  record: AppointmentRecord,
  consultationId: string,
  due: readonly number[],
  now: Date,
): AppointmentRecord => {
  const done = record.remindersDone ?? [];
  const fresh = due.filter((m) => !done.includes(m));
  if (record.status !== 'scheduled' || record.consultationId !== consultationId || fresh.length === 0) return record;
  return stamped(record, now, { remindersDone: [...done, ...fresh] });
};

/** Reminders due at `now` that have not been sent, and the time of the next one after. */
export const remindersAt = (
  record: Pick<AppointmentRecord, 'startsAt' | 'remindersDone'>,
  reminderMinutes: readonly number[],
  now: Date,
): { due: number[]; next?: Date } => {
  const start = Date.parse(record.startsAt);
  const pending = [...new Set(reminderMinutes)].filter((m) => m > 0 && !(record.remindersDone ?? []).includes(m));
  const due = pending.filter((m) => start - m * 60_000 <= now.getTime());
  const later = pending.filter((m) => !due.includes(m)).map((m) => start - m * 60_000);
  return { due, ...(later.length > 0 && { next: new Date(Math.min(...later)) }) };
};

/** A request is answered once: a proposal to the patient settles every open one. */
export const answerRequest = (
  record: AppointmentRequestRecord,
  appointmentId: string,
  now: Date,
): AppointmentRequestRecord =>
  record.status !== 'open' ? record : { ...record, status: 'answered', appointmentId, answeredAt: now.toISOString() };
