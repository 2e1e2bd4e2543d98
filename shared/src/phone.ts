import { type Country, localNumberCountry } from './country.ts';
import type { CallingCodePlan, PhoneTable } from './phone-metadata-subset.ts';
import phoneTable from './phone-metadata.json' with { type: 'json' };

/**
 * Every calling code's lengths and national prefix (phone-metadata-subset.ts): what
 * libphonenumber's parse + isPossible reads a number with, without the library.
 */
const table = phoneTable as unknown as PhoneTable;

export * from './country.ts';

/** Whitespace, dashes, dots and brackets libphonenumber accepts between digits; other whitespace (tabs, line breaks) it refuses. */
const viable = /^\+?(?:[-.() \u00A0\u3000]*\d){3,}[-.() \u00A0\u3000\d]*$/;
const longestInput = 250;
const nationalNumberLengths = { shortest: 2, longest: 17 };

/** The table's patterns, each compiled once: a form reads the number at every keystroke, a burst of registrations sixty times. */
const compiled = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let made = compiled.get(source);
  if (!made) compiled.set(source, (made = new RegExp(source)));
  return made;
};
/** A pattern matching the start of a number. */
const leading = (pattern: string) => regex(`^(?:${pattern})`);

const matchesWhole = (pattern: string, digits: string) => regex(`^(?:${pattern})$`).test(digits);

/** The lengths a national number may have: countries sharing a calling code may differ, told apart by how the number starts. */
const lengthsFor = (plan: CallingCodePlan, nationalNumber: string): readonly number[] =>
  plan[4]?.find(([start]) => leading(start).test(nationalNumber))?.[1] ?? plan[0];

/**
 * The national number without its national prefix ("0" in GB and SE; "+44 (0)7700…" too), unless
 * removing it would leave a number that is too short or, where it matched the country's pattern
 * with the prefix, no longer does.
 */
const withoutNationalPrefix = (digits: string, plan: CallingCodePlan): string => {
  const [, prefix, replacement, pattern] = plan;
  if (!prefix) return digits;
  const prefixPattern = leading(prefix);
  const match = prefixPattern.exec(digits);
  if (!match) return digits;
  const replaced = replacement && match.length > 1 && match[match.length - 1];
  const nationalNumber = replaced
    ? digits.replace(prefixPattern, replacement)
    : digits.slice(match[0].length);
  if (nationalNumber === digits) return digits;
  if (pattern && matchesWhole(pattern, digits) && !matchesWhole(pattern, nationalNumber)) return digits;
  const lengths = lengthsFor(plan, nationalNumber);
  const fits = lengths.includes(nationalNumber.length) || nationalNumber.length > Math.max(...lengths);
  return fits ? nationalNumber : digits;
};

/**
 * The calling code and the rest of a number typed without "+": "00…" as an international call
 * from the organisation's country, or its own calling code typed without "+" when the number is
 * too long or does not fit without it; else the number is national.
 */
const callingCodeOf = (
  digits: string,
  country: Country,
): { callingCode: string; rest: string } | undefined => {
  const [localCode, internationalPrefix] = table.local[country]!;
  const international = leading(internationalPrefix).exec(digits);
  if (international && /^[1-9]/.test(digits.slice(international[0].length)))
    return fromInternational(digits.slice(international[0].length));
  const plan = table.callingCodes[localCode]!;
  if (digits.startsWith(localCode)) {
    const rest = digits.slice(localCode.length);
    const whole = withoutNationalPrefix(digits, plan);
    const pattern = plan[3];
    const restFits =
      pattern && !matchesWhole(pattern, whole) && matchesWhole(pattern, withoutNationalPrefix(rest, plan));
    if (restFits || whole.length > Math.max(...plan[0])) return { callingCode: localCode, rest };
  }
  return { callingCode: localCode, rest: digits };
};

/** "+" then a calling code of one to three digits, the shortest there is. */
const fromInternational = (digits: string): { callingCode: string; rest: string } | undefined => {
  if (digits.startsWith('0')) return undefined;
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const callingCode = digits.slice(0, length);
    if (table.callingCodes[callingCode]) return { callingCode, rest: digits.slice(length) };
  }
  return undefined;
};

/**
 * The number in E.164, or undefined when it cannot be a phone number. A number without its
 * country code is read in `country` (the organisation's); "+46…" and "0046…" work anywhere.
 * Checked by length per country rather than by number range, so reserved ranges used in
 * examples still parse. Reads numbers as libphonenumber-js's parse + isPossible() does.
 */
export const normaliseMobile = (
  input: string,
  country: Country = localNumberCountry(),
): string | undefined => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const typed = input.trim().replace(/^00(?=[1-9])/, '+');
  const start = typed.search(/[+\d]/);
  if (typed.length > longestInput || start < 0) return undefined;
  const written = typed.slice(start).replace(/\D+$/, '');
  if (!viable.test(written)) return undefined;
  const digits = written.replace(/\D/g, '');
  const number = written.startsWith('+') ? fromInternational(digits) : callingCodeOf(digits, country);
  if (!number?.rest) return undefined;
  const plan = table.callingCodes[number.callingCode]!;
  const nationalNumber = withoutNationalPrefix(number.rest, plan);
  if (
    nationalNumber.length < nationalNumberLengths.shortest ||
    nationalNumber.length > nationalNumberLengths.longest
  )
    return undefined;
  return lengthsFor(plan, nationalNumber).includes(nationalNumber.length)
    ? `+${number.callingCode}${nationalNumber}`
    : undefined;
};

/** Enough to recognise where a message went, not enough to reuse it: +44 •••• •••123. */
export const maskMobile = (e164: string): string => `${e164.slice(0, 3)} •••• •••${e164.slice(-3)}`;

export const maskEmail = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};
