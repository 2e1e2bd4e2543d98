import { Channel, Email, Id, Language, PersonName } from './common.ts';
import { Mobile } from './mobile.ts';
import * as z from './zod.ts';

/*
 * Who a consultation's link goes to, by mobile or email: apart from the consultation's other
 * schemas, so that only the functions reading a number bundle the phone-number table.
 */

/** A patient on record, or a mobile number or email, and how to send: Consult Now and group registration alike. */
const destination = () => ({
  patientId: z.optional(Id),
  mobile: z.optional(Mobile),
  email: z.optional(Email),
  channel: z.optional(Channel),
  displayName: z.optional(PersonName),
});
const somewhereToSend = () =>
  z.refine<{ patientId?: string | undefined; mobile?: string | undefined; email?: string | undefined }>((body) => body.patientId ?? body.mobile ?? body.email, {
    message: 'Choose a patient, or give a mobile number or email address to send the link to.',
  });

export const ConsultNowRequest = /* @__PURE__ */ z
  .strictObject({
    ...destination(),
    language: z
      .optional(Language)
      .check(
        z.describe(
          "The message's language; by default the patient's, or the organisation's for someone not on record",
        ),
      ),
  })
  .check(somewhereToSend())
  .register(z.globalRegistry, { id: 'ConsultNowRequest' });
export type ConsultNowRequest = z.output<typeof ConsultNowRequest>;

/** A third person invited during the call: interpreter, support person or colleague. */
export const InviteRequest = /* @__PURE__ */ z
  .strictObject({
    role: z.enum(['interpreter', 'support-person', 'colleague']),
    mobile: z.optional(Mobile),
    email: z.optional(Email),
    channel: z.optional(Channel),
    displayName: z.optional(PersonName),
    admitOnArrival: z._default(z.boolean(), false),
    language: z
      .optional(Language)
      .check(z.describe("The invitation's language; by default the organisation's")),
  })
  .check(
    z.refine((body) => body.mobile ?? body.email, {
      message: 'Give a mobile number or an email address to send the link to.',
    }),
  )
  .register(z.globalRegistry, { id: 'InviteRequest' });
export type InviteRequest = z.output<typeof InviteRequest>;

/** Someone registered for a group consultation: a patient on record, or a mobile number or email. */
export const RegistrationRequest = /* @__PURE__ */ z
  .strictObject({
    ...destination(),
    language: z
      .optional(Language)
      .check(z.describe("The message's language; by default the patient's, or the organisation's")),
  })
  .check(
    somewhereToSend(),
    z.refine((body) => body.patientId ?? body.displayName, {
      message: 'Give the name of someone who is not on record.',
      path: ['displayName'],
    }),
  )
  .register(z.globalRegistry, { id: 'RegistrationRequest' });
export type RegistrationRequest = z.output<typeof RegistrationRequest>;
