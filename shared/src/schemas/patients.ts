import * as z from './zod.ts';
import { Id, Instant, Language, MobileE164 } from './common.ts';

export const Patient = z
  .object({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: z.string(),
    mobile: MobileE164.optional(),
    email: z.string().optional(),
    /** Every message and link sent to the patient is in this language. */
    language: Language,
    createdAt: Instant,
  })
  .meta({ id: 'Patient' });
export type Patient = z.infer<typeof Patient>;

export const PatientSearch = z
  .strictObject({
    query: z
      .string()
      .trim()
      .min(2, 'Type at least 2 characters of a name, a date of birth or a mobile number.')
      .max(100, 'Search for at most 100 characters.')
      .optional(),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,1024}$/, 'That page marker is not valid.')
      .optional()
      .describe('From `next` of the previous page (directory listing only)'),
  })
  .meta({ id: 'PatientSearch' });

export const PatientList = z
  .object({ patients: z.array(Patient), next: z.string().optional() })
  .meta({ id: 'PatientList' });
export type PatientList = z.infer<typeof PatientList>;

export const PatientPath = z.strictObject({ id: Id });
