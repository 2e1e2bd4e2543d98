import { DateOfBirth, Email, Language, PersonName } from './common.ts';
import { Mobile } from './mobile.ts';
import * as z from './zod.ts';

/*
 * What staff type about a patient: a new entry, and changes to one. Apart from the patient's
 * other schemas, so that only the functions reading a number bundle the phone-number library.
 */

export const NewPatient = /* @__PURE__ */ z
  .strictObject({
    givenName: PersonName,
    familyName: PersonName,
    dateOfBirth: DateOfBirth,
    mobile: z.optional(Mobile),
    email: z.optional(Email),
    language: z
      .optional(Language)
      .check(
        z.describe("What the patient is written to in; the organisation's default language when absent"),
      ),
  })
  .register(z.globalRegistry, { id: 'NewPatient' });
export type NewPatient = z.output<typeof NewPatient>;

/** What may change on a patient's entry; `null` removes a mobile number or email address. */
export const PatientChanges = /* @__PURE__ */ z
  .strictObject({
    language: z.optional(Language),
    mobile: z.optional(z.nullable(Mobile)),
    email: z.optional(z.nullable(Email)),
  })
  .check(
    z.refine((changes) => Object.keys(changes).length > 0, {
      message: 'Say what to change: language, mobile or email.',
    }),
  )
  .register(z.globalRegistry, { id: 'PatientChanges' });
export type PatientChanges = z.output<typeof PatientChanges>;
