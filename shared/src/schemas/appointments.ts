import * as z from './zod.ts';
import {
  appointmentRequestStatuses,
  appointmentStatuses,
  directCallStatuses,
} from '../lifecycle/appointment.ts';
import { appointmentMinutes } from '../booking.ts';
import { isTimeZone } from '../time-zone.ts';
import { Id, Instant } from './common.ts';
import { Outcome } from './consultations.ts';

export const CalendarDate = /* @__PURE__ */ z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD.'),
  z.refine((value) => {
    // Date answers Invalid Date for month 13, and toISOString would throw: check before asking.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.'),
);

export const ClockTime = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM (24-hour clock).'));

export const TimeZone = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(64), z.refine(isTimeZone, 'That is not a time zone (for example Europe/London).'));

/** A note with an appointment, a cancellation or a refusal. */
export const Note = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.maxLength(500, 'Notes can be at most 500 characters.'));

export const RescheduleRequest = /* @__PURE__ */ z
  .strictObject({
    date: CalendarDate,
    time: ClockTime,
    timeZone: z.optional(TimeZone),
    durationMinutes: z.optional(
      z.number().check(z.int(), z.gte(appointmentMinutes.shortest), z.lte(appointmentMinutes.longest)),
    ),
  })
  .register(z.globalRegistry, { id: 'RescheduleRequest' });

export const CancelRequest = /* @__PURE__ */ z
  .strictObject({ reason: z.optional(Note) })
  .register(z.globalRegistry, { id: 'CancelRequest' });

export const RejectAppointmentRequest = /* @__PURE__ */ z
  .strictObject({ reason: z.optional(Note), preferredTimes: z.optional(Note) })
  .register(z.globalRegistry, { id: 'RejectAppointmentRequest' });

export const Appointment = /* @__PURE__ */ z
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
    durationMinutes: z.number().check(z.int()),
    extras: z.array(z.object({ role: z.string(), displayName: z.string() })),
    note: z.optional(z.string()),
    rejection: z.optional(
      z.object({ reason: z.optional(z.string()), preferredTimes: z.optional(z.string()) }),
    ),
    consultationId: z.optional(Id),
    outcome: z.optional(Outcome),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .register(z.globalRegistry, { id: 'Appointment' });
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentList = /* @__PURE__ */ z
  .object({ appointments: z.array(Appointment) })
  .register(z.globalRegistry, { id: 'AppointmentList' });
export const AppointmentQuery = /* @__PURE__ */ z.strictObject({
  view: z._default(z.enum(['upcoming', 'past', 'needs-action']), 'upcoming'),
});
export const AppointmentPath = /* @__PURE__ */ z.strictObject({ id: Id });

export const AppointmentRequestBody = /* @__PURE__ */ z
  .strictObject({
    from: CalendarDate,
    to: CalendarDate,
    partOfDay: z._default(z.enum(['morning', 'afternoon', 'any']), 'any'),
    note: z.optional(Note),
    missedCallId: z.optional(Id),
  })
  .check(
    z.refine((r) => r.from <= r.to, {
      message: 'The end of the window must not be before its start.',
      path: ['to'],
    }),
  )
  .register(z.globalRegistry, { id: 'AppointmentRequestBody' });

export const AppointmentRequest = /* @__PURE__ */ z
  .object({
    id: Id,
    patientId: Id,
    patientName: z.string(),
    clinicianId: z.optional(z.string()),
    from: z.string(),
    to: z.string(),
    partOfDay: z.enum(['morning', 'afternoon', 'any']),
    note: z.optional(z.string()),
    missedCallId: z.optional(Id),
    status: z.enum(appointmentRequestStatuses),
    createdAt: Instant,
  })
  .register(z.globalRegistry, { id: 'AppointmentRequest' });
export type AppointmentRequest = z.infer<typeof AppointmentRequest>;

export const AppointmentRequestList = /* @__PURE__ */ z
  .object({ requests: z.array(AppointmentRequest) })
  .register(z.globalRegistry, { id: 'AppointmentRequestList' });

export const DirectCall = /* @__PURE__ */ z
  .object({
    id: Id,
    patientId: Id,
    patientName: z.string(),
    clinicianId: z.string(),
    clinicianName: z.string(),
    status: z.enum(directCallStatuses),
    consultationId: Id,
    startedAt: Instant,
    answeredAt: z.optional(Instant),
    endedAt: z.optional(Instant),
    /** Acknowledged by the patient's device: it is really ringing there. */
    ringingAt: z.optional(Instant),
  })
  .register(z.globalRegistry, { id: 'DirectCall' });
export type DirectCall = z.infer<typeof DirectCall>;

export const DirectCallPath = /* @__PURE__ */ z.strictObject({ id: Id });
