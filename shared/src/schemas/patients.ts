import * as z from './zod.ts';
import { Id, Instant, Language, MobileE164 } from './common.ts';

export const Patient = /* @__PURE__ */ z
  .object({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    mobile: z.optional(MobileE164),
    email: z.optional(z.string()),
    /** Every message and link sent to the patient is in this language. */
    language: Language,
    createdAt: Instant,
  })
  .register(z.globalRegistry, { id: 'Patient' });
export type Patient = z.infer<typeof Patient>;

export const PatientSearch = /* @__PURE__ */ z
  .strictObject({
    query: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(2, 'Type at least 2 characters of a name, a date of birth or a mobile number.'),
          z.maxLength(100, 'Search for at most 100 characters.'),
        ),
    ),
    cursor: z
      .optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,1024}$/, 'That page marker is not valid.')))
      .check(z.describe('From `next` of the previous page (directory listing only)')),
  })
  .register(z.globalRegistry, { id: 'PatientSearch' });

export const PatientList = /* @__PURE__ */ z
  .object({ patients: z.array(Patient), next: z.optional(z.string()) })
  .register(z.globalRegistry, { id: 'PatientList' });
export type PatientList = z.infer<typeof PatientList>;

export const PatientPath = /* @__PURE__ */ z.strictObject({ id: Id });
