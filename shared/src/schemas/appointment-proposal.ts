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

export const ExtraInvitee = /* @__PURE__ */ z
  .strictObject({
    role: z.enum(['interpreter', 'support-person', 'colleague']),
    mobile: z.optional(Mobile),
    email: z.optional(Email),
    displayName: z.optional(PersonName),
  })
  .check(
    z.refine((e) => e.mobile ?? e.email, {
      message: 'Give a mobile number or email address for each extra person.',
    }),
  );

const { maxExtras } = callTypes['individual-appointment'];

export const ProposeAppointmentRequest = /* @__PURE__ */ z
  .strictObject({
    patientId: Id,
    /** Wall-clock date and time in `timeZone` (the organisation's by default). */
    date: CalendarDate,
    time: ClockTime,
    timeZone: z.optional(TimeZone),
    durationMinutes: z
      .number()
      .check(
        z.int(),
        z.gte(appointmentMinutes.shortest, `At least ${appointmentMinutes.shortest} minutes.`),
        z.lte(appointmentMinutes.longest, `At most ${appointmentMinutes.longest / 60} hours.`),
      ),
    extras: z._default(
      z.array(ExtraInvitee).check(z.maxLength(maxExtras, `At most ${maxExtras} extra people.`)),
      [],
    ),
    note: z.optional(Note),
    /** Appointment messages go by email unless asked otherwise (cheaper, and not urgent). */
    channel: z.optional(Channel),
  })
  .register(z.globalRegistry, { id: 'ProposeAppointmentRequest' });
export type ProposeAppointmentRequest = z.output<typeof ProposeAppointmentRequest>;
