import { type DateParts, isRealDate, typedDate } from './date-parts.ts';

export type { DateParts } from './date-parts.ts';

/** What to fix; the words are the `ui` catalog's `dateOfBirth.problems`. */
export type DateProblem = 'missing' | 'not-numbers' | 'year-digits' | 'no-such-date' | 'future' | 'too-early';

export type DateAnswer = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly problem: DateProblem };

const digits = /^\d+$/;

/** Day, month and year as typed → YYYY-MM-DD, or what to fix. */
export const readDateOfBirth = (parts: DateParts, today = new Date()): DateAnswer => {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day || !month || !year) return { ok: false, problem: 'missing' };
  if (![day, month, year].every((part) => digits.test(part))) {
    return { ok: false, problem: 'not-numbers' };
  }
  if (year.length !== 4) return { ok: false, problem: 'year-digits' };
  const date = typedDate(parts);
  if (day.length > 2 || month.length > 2 || !isRealDate(date)) return { ok: false, problem: 'no-such-date' };
  if (date > today.toISOString().slice(0, 10)) return { ok: false, problem: 'future' };
  if (date < '1880-01-01') return { ok: false, problem: 'too-early' };
  return { ok: true, date };
};
