import * as z from './zod.ts';
import { errorStatus } from '../errors.ts';
import { idPattern } from '../ids.ts';
import { languages } from '../language.ts';

export const Id = z.string().regex(idPattern, 'Not a valid id.').describe('An opaque identifier');

export const Instant = z.iso.datetime({ offset: true }).describe('ISO-8601 instant');

/** A calendar date that exists, not in the future, within a human lifetime. */
export const DateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of birth as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'That date does not exist.')
  .refine((value) => value <= new Date().toISOString().slice(0, 10), 'The date of birth cannot be in the future.')
  .refine((value) => value >= '1880-01-01', 'The date of birth is too far in the past.')
  .describe('YYYY-MM-DD');

export const MobileE164 = z.string().regex(/^\+[1-9]\d{6,14}$/).describe('E.164 mobile number');

export const Email = z
  .email('Enter an email address, for example name@example.org.')
  .max(254, 'That email address is too long.')
  .transform((value) => value.trim());

export const PersonName = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(100, 'Names can be at most 100 characters.')
  .refine(
    (value) => !/[<>{}\\]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 32),
    'Names cannot contain <, >, {, }, \\ or control characters.',
  );

export const Channel = z.enum(['sms', 'email']);

/** A language Clinicall writes in: what a patient is sent, what a link opens in. */
export const Language = z.enum(languages, { error: 'Choose English (en) or Swedish (sv).' }).describe('en or sv');
export type Language = z.infer<typeof Language>;

export const ErrorBody = z
  .object({
    error: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
    message: z.string(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({ ok: z.literal(true), mode: z.enum(['local', 'aws']) }).meta({ id: 'Health' });
