/** A date as typed: day, month and year, each its own box. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DateLanguage = 'en' | 'sv';

/** The order each language writes a date in: 12 4 1980 in English, 1980 4 12 in Swedish. */
export const partOrders = {
  en: ['day', 'month', 'year'],
  sv: ['year', 'month', 'day'],
} as const satisfies Record<DateLanguage, readonly (keyof DateParts)[]>;

export const noDate: DateParts = { day: '', month: '', year: '' };

/** YYYY-MM-DD → its parts as a person would type them (no leading zeros). */
export const partsOf = (isoDate: string): DateParts => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return noDate;
  return { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) };
};

/**
 * The parts as YYYY-MM-DD, for the form's own checks: '' when nothing is typed; anything that is
 * not a date comes out as a string that is not one either (and is told as such).
 */
export const typedDate = (parts: DateParts): string => {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
};

/** A day the calendar has (not 31 April). */
export const isRealDate = (isoDate: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
};

/** How the language writes a date in the boxes' order, for an example: "12 4 2027", "2027 4 12". */
export const writtenDate = (isoDate: string, language: DateLanguage): string => {
  const parts = partsOf(isoDate);
  return partOrders[language].map((part) => parts[part]).join(' ');
};
