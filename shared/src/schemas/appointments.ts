import * as z from './zod.ts';
import { appointmentRequestStatuses, appointmentStatuses, directCallStatuses } from '../lifecycle/appointment.ts';
import { appointmentMinutes } from '../booking.ts';
import { isTimeZone } from '../time-zone.ts';
import { Id, Instant } from './common.ts';
import { Outcome } from './consultations.ts';

export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.')
  .refine((value) => {
    // Date answers Invalid Date for month 13, and toISOString would throw: check before asking.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.');

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM (24-hour clock).');

export const TimeZone = z.string().max(64).refine(isTimeZone, 'That is not a time zone (for example Europe/London).');

/** A note with an appointment, a cancellation or a refusal. */
export const Note = z.string().trim().max(500, 'Notes can be at most 500 characters.');

export const RescheduleRequest = z
  .strictObject({
    date: CalendarDate,
    time: ClockTime,
    timeZone: TimeZone.optional(),
    durationMinutes: z.number().int().min(appointmentMinutes.shortest).max(appointmentMinutes.longest).optional(),
  })
  .meta({ id: 'RescheduleRequest' });

export const CancelRequest = z.strictObject({ reason: Note.optional() }).meta({ id: 'CancelRequest' });

export const RejectAppointmentRequest = z
  .strictObject({ reason: Note.optional(), preferredTimes: Note.optional() })
  .meta({ id: 'RejectAppointmentRequest' });

export const Appointment = z
  .object({
    id: Id,
    patientId: Id,
    patientName: z.string(),
    clinicianId: z.string(),
    clinicianName: z.string(),
    status: z.enum(appointmentStatuses),
    startsAt: Instant,
    /** The organisation's zone the time was agreed in; pages show it in the viewer's zone too. */
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    extras: z.array(z.object({ role: z.string(), displayName: z.string() })),
    note: z.string().optional(),
    rejection: z.object({ reason: z.string().optional(), preferredTimes: z.string().optional() }).optional(),
    consultationId: Id.optional(),
    outcome: Outcome.optional(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentList = z.object({ appointments: z.array(Appointment) }).meta({ id: 'AppointmentList' });
export const AppointmentQuery = z.strictObject({ view: z.enum(['upcoming', 'past', 'needs-action']).default('upcoming') });
export const AppointmentPath = z.strictObject({ id: Id });

export const AppointmentRequestBody = z
  .strictObject({
    from: CalendarDate,
    to: CalendarDate,
    partOfDay: z.enum(['morning', 'afternoon', 'any']).default('any'),
    note: Note.optional(),
    missedCallId: Id.optional(),
  })
  .refine((r) => r.from <= r.to, { message: 'The end of the window must not be before its start.', path: ['to'] })
  .meta({ id: 'AppointmentRequestBody' });

export const AppointmentRequest = z
  .object({
    id: Id,
    patientId: Id,
    patientName: z.string(),
    clinicianId: z.string().optional(),
    from: z.string(),
    to: z.string(),
    partOfDay: z.enum(['morning', 'afternoon', 'any']),
    note: z.string().optional(),
    missedCallId: Id.optional(),
    status: z.enum(appointmentRequestStatuses),
    createdAt: Instant,
  })
  .meta({ id: 'AppointmentRequest' });
export type AppointmentRequest = z.infer<typeof AppointmentRequest>;

export const AppointmentRequestList = z
  .object({ requests: z.array(AppointmentRequest) })
  .meta({ id: 'AppointmentRequestList' });

export const DirectCall = z
  .object({
    id: Id,
    patientId: Id,
    patientName: z.string(),
    clinicianId: z.string(),
    clinicianName: z.string(),
    status: z.enum(directCallStatuses),
    consultationId: Id,
    startedAt: Instant,
    answeredAt: Instant.optional(),
    endedAt: Instant.optional(),
    /** Acknowledged by the patient's device: it is really ringing there. */
    ringingAt: Instant.optional(),
  })
  .meta({ id: 'DirectCall' });
export type DirectCall = z.infer<typeof DirectCall>;

export const DirectCallPath = z.strictObject({ id: Id });
