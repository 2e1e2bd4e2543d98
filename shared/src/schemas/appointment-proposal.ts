import { callTypes } from '../call-types.ts';
import { appointmentMinutes } from '../booking.ts';
import { CalendarDate, ClockTime, Note, TimeZone } from './appointments.ts';
import { Channel, Email, Id, PersonName } from './common.ts';
import { Mobile } from './mobile.ts';
import * as z from './zod.ts';

/*
 * A clinician proposes an appointment, with the extra people to invite by mobile or email.
 * Apart from the appointment's other schemas, so that only the functions reading a number
 * bundle the phone-number library.
 */

export const ExtraInvitee = z
  .strictObject({
    role: z.enum(['interpreter', 'support-person', 'colleague']),
    mobile: Mobile.optional(),
    email: Email.optional(),
    displayName: PersonName.optional(),
  })
  .refine((e) => e.mobile ?? e.email, { message: 'Give a mobile number or email address for each extra person.' });

const { maxExtras } = callTypes['individual-appointment'];

export const ProposeAppointmentRequest = z
  .strictObject({
    patientId: Id,
    /** Wall-clock date and time in `timeZone` (the organisation's by default). */
    date: CalendarDate,
    time: ClockTime,
    timeZone: TimeZone.optional(),
    durationMinutes: z
      .number()
      .int()
      .min(appointmentMinutes.shortest, `At least ${appointmentMinutes.shortest} minutes.`)
      .max(appointmentMinutes.longest, `At most ${appointmentMinutes.longest / 60} hours.`),
    extras: z.array(ExtraInvitee).max(maxExtras, `At most ${maxExtras} extra people.`).default([]),
    note: Note.optional(),
    /** Appointment messages go by email unless asked otherwise (cheaper, and not urgent). */
    channel: Channel.optional(),
  })
  .meta({ id: 'ProposeAppointmentRequest' });
export type ProposeAppointmentRequest = z.output<typeof ProposeAppointmentRequest>;
