export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

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
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (day.length > 2 || month.length > 2 || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return { ok: false, problem: 'no-such-date' };
  }
  if (date > today.toISOString().slice(0, 10)) return { ok: false, problem: 'future' };
  if (date < '1880-01-01') return { ok: false, problem: 'too-early' };
  return { ok: true, date };
};
