import * as z from './zod.ts';
import { DateOfBirth, Id, Instant } from './common.ts';
import { Appointment, AppointmentRequest } from './appointments.ts';
import { LinkToken } from './join.ts';

/** Opening the portal from a link Clinicall sent: the date of birth proves it is the patient. */
export const PortalSignIn = /* @__PURE__ */ z
  .strictObject({
    token: LinkToken,
    dateOfBirth: DateOfBirth,
    /** Keep this device signed in for the organisation's period (30 days by default). */
    rememberDevice: z._default(z.boolean(), true),
  })
  .register(z.globalRegistry, { id: 'PortalSignIn' });

export const PortalSession = /* @__PURE__ */ z
  .object({ session: z.string(), expiresAt: Instant })
  .register(z.globalRegistry, { id: 'PortalSession' });

export const MissedCall = /* @__PURE__ */ z
  .object({
    id: Id,
    clinicianName: z.string(),
    at: Instant,
    reason: z.enum(['declined', 'no-answer', 'no-network']),
  })
  .register(z.globalRegistry, { id: 'MissedCall' });
export type MissedCall = z.infer<typeof MissedCall>;

/** The patient's "Appointments section of the profile". */
export const Portal = /* @__PURE__ */ z
  .object({
    patient: z.object({ givenName: z.string() }),
    todo: z.array(Appointment),
    upcoming: z.array(Appointment),
    past: z.array(Appointment),
    missedCalls: z.array(MissedCall),
    requests: z.array(AppointmentRequest),
  })
  .register(z.globalRegistry, { id: 'Portal' });
export type Portal = z.infer<typeof Portal>;
