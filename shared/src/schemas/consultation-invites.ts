import { Channel, Email, Id, Language, PersonName } from './common.ts';
import { Mobile } from './mobile.ts';
import * as z from './zod.ts';

/*
 * Who a consultation's link goes to, by mobile or email: apart from the consultation's other
 * schemas, so that only the functions reading a number bundle the phone-number library.
 */

export const ConsultNowRequest = z
  .strictObject({
    patientId: Id.optional(),
    mobile: Mobile.optional(),
    email: Email.optional(),
    channel: Channel.optional(),
    displayName: PersonName.optional(),
    language: Language.optional().describe(
      "The message's language; by default the patient's, or the organisation's for someone not on record",
    ),
  })
  .refine((body) => body.patientId ?? body.mobile ?? body.email, {
    message: 'Choose a patient, or give a mobile number or email address to send the link to.',
  })
  .meta({ id: 'ConsultNowRequest' });
export type ConsultNowRequest = z.output<typeof ConsultNowRequest>;

/** A third person invited during the call: interpreter, support person or colleague. */
export const InviteRequest = z
  .strictObject({
    role: z.enum(['interpreter', 'support-person', 'colleague']),
    mobile: Mobile.optional(),
    email: Email.optional(),
    channel: Channel.optional(),
    displayName: PersonName.optional(),
    admitOnArrival: z.boolean().default(false),
    language: Language.optional().describe("The invitation's language; by default the organisation's"),
  })
  .refine((body) => body.mobile ?? body.email, { message: 'Give a mobile number or an email address to send the link to.' })
  .meta({ id: 'InviteRequest' });
export type InviteRequest = z.output<typeof InviteRequest>;

/** Someone registered for a group consultation: a patient on record, or a mobile number or email. */
export const RegistrationRequest = z
  .strictObject({
    patientId: Id.optional(),
    mobile: Mobile.optional(),
    email: Email.optional(),
    channel: Channel.optional(),
    displayName: PersonName.optional(),
    language: Language.optional().describe("The message's language; by default the patient's, or the organisation's"),
  })
  .refine((body) => body.patientId ?? body.mobile ?? body.email, {
    message: 'Choose a patient, or give a mobile number or email address to send the link to.',
  })
  .refine((body) => body.patientId ?? body.displayName, {
    message: 'Give the name of someone who is not on record.',
    path: ['displayName'],
  })
  .meta({ id: 'RegistrationRequest' });
export type RegistrationRequest = z.output<typeof RegistrationRequest>;
