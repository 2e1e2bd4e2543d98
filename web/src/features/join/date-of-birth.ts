export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DateAnswer = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly problem: string };

const digits = /^\d+$/;

/** Day, month and year as typed → YYYY-MM-DD, or what to fix, in plain words. */
export const readDateOfBirth = (parts: DateParts, today = new Date()): DateAnswer => {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day || !month || !year) return { ok: false, problem: 'Enter your day, month and year of birth, for example 12 4 1980.' };
  if (![day, month, year].every((part) => digits.test(part))) {
    return { ok: false, problem: 'Use numbers only, for example 12 4 1980.' };
  }
  if (year.length !== 4) return { ok: false, problem: 'Enter the year with 4 digits, for example 1980.' };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (day.length > 2 || month.length > 2 || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return { ok: false, problem: 'That date does not exist. Check the day and month.' };
  }
  if (date > today.toISOString().slice(0, 10)) return { ok: false, problem: 'Your date of birth cannot be in the future.' };
  if (date < '1880-01-01') return { ok: false, problem: 'Check the year of your date of birth.' };
  return { ok: true, date };
};
