import * as z from './zod.ts';
import { errorStatus } from '../errors.ts';
import { idPattern } from '../ids.ts';
import { languages } from '../language.ts';

export const Id = /* @__PURE__ */ z
  .string()
  .check(z.regex(idPattern, 'Not a valid id.'), z.describe('An opaque identifier'));

export const Instant = /* @__PURE__ */ z.iso.datetime({ offset: true }).check(z.describe('ISO-8601 instant'));

/** A calendar date that exists, not in the future, within a human lifetime. */
export const DateOfBirth = /* @__PURE__ */ z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of birth as YYYY-MM-DD.'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.'),
  z.refine(
    (value) => value <= new Date().toISOString().slice(0, 10),
    'The date of birth cannot be in the future.',
  ),
  z.refine((value) => value >= '1880-01-01', 'The date of birth is too far in the past.'),
  z.describe('YYYY-MM-DD'),
);

export const MobileE164 = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\+[1-9]\d{6,14}$/), z.describe('E.164 mobile number'));

export const Email = /* @__PURE__ */ z.pipe(
  z
    .email('Enter an email address, for example name@example.org.')
    .check(z.maxLength(254, 'That email address is too long.')),
  z.transform((value) => value.trim()),
);

/** Short text a person types: trimmed, not empty, at most `max` characters; each refusal in the clinic's words. */
export const typedText = (max: number, empty: string, tooLong: string) =>
  z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, tooLong));

export const PersonName = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a name.'),
  z.maxLength(100, 'Names can be at most 100 characters.'),
  z.refine(
    (value) => !/[<>{}\\]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 32),
    'Names cannot contain <, >, {, }, \\ or control characters.',
  ),
);

export const Channel = /* @__PURE__ */ z.enum(['sms', 'email']);

/** A language Clinicall writes in: what a patient is sent, what a link opens in. */
export const Language = /* @__PURE__ */ z
  .enum(languages, { error: 'Choose English (en) or Swedish (sv).' })
  .check(z.describe('en or sv'));
export type Language = z.infer<typeof Language>;

export const ErrorBody = /* @__PURE__ */ z
  .catchall(
    z.object({
      error: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
      message: z.string(),
    }),
    z.unknown(),
  )
  .register(z.globalRegistry, { id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = /* @__PURE__ */ z
  .object({ ok: z.literal(true), mode: z.enum(['local', 'aws']) })
  .register(z.globalRegistry, { id: 'Health' });
