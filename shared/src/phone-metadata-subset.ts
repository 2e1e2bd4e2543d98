/**
 * The phone table Clinicall reads numbers with (shared/src/phone-metadata.json, written by
 * `npm run phone-metadata` from libphonenumber-js's metadata.min.json): for every calling code,
 * only what telling whether a number can be one takes, as the library's parse + isPossible does:
 * the possible lengths, how a national prefix written after the calling code is recognised and
 * removed, and where countries sharing the code differ in length, how their numbers are told
 * apart. No number ranges, no formats. Written without the library's types: runtime code never
 * loads it.
 */

/** The parts of libphonenumber's compact metadata (version 4) this reads. */
export interface LibraryMetadata {
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, readonly unknown[]>>;
  readonly nonGeographic?: Readonly<Record<string, readonly unknown[]>>;
}

/** A country sharing a calling code: the national numbers it claims (a regular expression from their start) have its possible lengths. */
export type LengthChoice = readonly [leading: string, lengths: readonly number[]];

/**
 * What a calling code's numbers are read with: the possible lengths of its main country, the
 * national prefix (a regular expression, as libphonenumber's "prefix for parsing") and what
 * replaces it when its last group matched, the pattern of the main country's national numbers
 * (a prefix is kept when removing it would make a number stop matching), and the countries
 * sharing the code whose lengths differ, first that matches. 0 where there is none.
 */
export type CallingCodePlan = readonly [
  lengths: readonly number[],
  nationalPrefix?: string | 0,
  prefixReplacement?: string | 0,
  nationalPattern?: string | 0,
  choices?: readonly LengthChoice[],
];

export interface PhoneTable {
  /** The countries whose local numbers Clinicall reads: their calling code and international call prefix. */
  readonly local: Readonly<Record<string, readonly [callingCode: string, internationalPrefix: string]>>;
  readonly callingCodes: Readonly<Record<string, CallingCodePlan>>;
}

/** Positions in a country's compact metadata. */
const at = {
  callingCode: 0,
  internationalPrefix: 1,
  nationalPattern: 2,
  lengths: 3,
  nationalPrefix: 5,
  prefixForParsing: 7,
  prefixTransform: 8,
  leadingDigits: 10,
  types: 11,
} as const;

const longestNationalNumber = 17;

type Verdict = 'possible' | 'too long' | 'not';

/** What libphonenumber's length check makes of a length, as far as reading a number goes. */
const verdict = (length: number, lengths: readonly number[]): Verdict =>
  lengths.includes(length) ? 'possible' : length > Math.max(...lengths) ? 'too long' : 'not';

const lengthsOf = (details: readonly unknown[]) => details[at.lengths] as number[];
const text = (details: readonly unknown[], index: number) => (details[index] as string | 0 | undefined) || 0;

/**
 * How a country sharing a calling code claims a number, restricted to the lengths at which its
 * answer differs from the main country's: its leading digits, or else its number types (with
 * their own lengths) within its national pattern.
 */
const claim = (details: readonly unknown[], mainLengths: readonly number[]): string | undefined => {
  const lengths = lengthsOf(details);
  const differing = Array.from({ length: longestNationalNumber }, (_, index) => index + 1).filter(
    (length) => verdict(length, lengths) !== verdict(length, mainLengths),
  );
  if (differing.length === 0) return undefined;
  const leading = text(details, at.leadingDigits);
  if (leading) return leading;
  const types = ((details[at.types] as unknown[] | 0 | undefined) || [])
    .filter((type): type is [string, number[]?] => Array.isArray(type) && Boolean(type[0]))
    .map(([pattern, typeLengths = lengths]) => ({
      pattern,
      lengths: typeLengths.filter((length) => differing.includes(length)),
    }))
    .filter((type) => type.lengths.length > 0)
    .map((type) => `(?=\\d{${type.lengths.join('}$|\\d{')}}$)(?:${type.pattern})$`);
  if (types.length === 0) return undefined;
  return `(?=(?:${text(details, at.nationalPattern)})$)(?:${types.join('|')})`;
};

const digits = '0123456789';

/**
 * The digits a match of a pattern from the metadata can start with, and whether it can be empty;
 * every digit for what this does not follow (lookaheads, escapes other than \d).
 */
const firstDigits = (pattern: string): { first: Set<string>; empty: boolean } => {
  let at = 0;
  const every = () => ({ first: new Set(digits), empty: false });
  const alternatives = (): { first: Set<string>; empty: boolean } => {
    const result = { first: new Set<string>(), empty: false };
    for (;;) {
      const sequence = terms();
      sequence.first.forEach((digit) => result.first.add(digit));
      result.empty ||= sequence.empty;
      if (pattern[at] !== '|') return result;
      at++;
    }
  };
  const terms = () => {
    const result = { first: new Set<string>(), empty: true };
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      const term = atom();
      const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(pattern.slice(at));
      if (quantifier) at += quantifier[0].length;
      const optional =
        quantifier !== null &&
        (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0');
      if (result.empty) term.first.forEach((digit) => result.first.add(digit));
      result.empty &&= term.empty || optional;
    }
    return result;
  };
  const atom = (): { first: Set<string>; empty: boolean } => {
    const character = pattern[at++]!;
    if (digits.includes(character)) return { first: new Set([character]), empty: false };
    if (character === '$' || character === '^') return { first: new Set(), empty: true };
    if (character === '\\') return pattern[at++] === 'd' ? every() : (skipToEnd(), every());
    if (character === '[') {
      const end = pattern.indexOf(']', at);
      const members = pattern.slice(at, end);
      at = end + 1;
      if (members.startsWith('^') || members.includes('\\')) return every();
      const first = new Set<string>();
      for (const digit of digits) if (new RegExp(`[${members}]`).test(digit)) first.add(digit);
      return { first, empty: false };
    }
    if (character === '(') {
      if (pattern[at] === '?' && pattern[at + 1] !== ':') return (skipToEnd(), every());
      if (pattern[at] === '?') at += 2;
      const inner = alternatives();
      at++;
      return inner;
    }
    return (skipToEnd(), every());
  };
  const skipToEnd = () => {
    at = pattern.length;
  };
  return alternatives();
};

/**
 * Whether a number beginning with its national prefix can match the national pattern: only then
 * does the pattern decide whether the prefix is removed (else it is dropped from the table).
 */
const patternMatters = (prefix: string, pattern: string): boolean => {
  const written = firstDigits(prefix);
  if (written.empty) return true;
  const matching = firstDigits(pattern).first;
  return [...written.first].some((digit) => matching.has(digit));
};

/** `local`: numbers without "+" are read in its country, so its pattern also tells whether they begin with the calling code. */
const planFor = (
  main: readonly unknown[],
  sharing: readonly (readonly unknown[])[],
  local = false,
): CallingCodePlan => {
  const lengths = lengthsOf(main);
  const prefix = text(main, at.prefixForParsing) || text(main, at.nationalPrefix);
  const choices = sharing.flatMap((details): LengthChoice[] => {
    const leading = claim(details, lengths);
    return leading ? [[leading, lengthsOf(details)]] : [];
  });
  const plan = [
    lengths,
    prefix,
    prefix ? text(main, at.prefixTransform) : 0,
    local || (prefix && patternMatters(prefix, text(main, at.nationalPattern) || ''))
      ? text(main, at.nationalPattern)
      : 0,
    choices,
  ];
  if (choices.length === 0) plan.pop();
  while (plan.length > 1 && plan[plan.length - 1] === 0) plan.pop();
  return plan as unknown as CallingCodePlan;
};

export const phoneMetadataFor = (full: LibraryMetadata, localCountries: readonly string[]): PhoneTable => {
  const callingCodes: Record<string, CallingCodePlan> = {};
  for (const [code, countries] of Object.entries(full.country_calling_codes)) {
    const [main, ...sharing] = countries.map((country) => full.countries[country]!);
    const local = countries.some((country) => localCountries.includes(country));
    callingCodes[code] = planFor(main!, sharing, local);
  }
  for (const [code, details] of Object.entries(full.nonGeographic ?? {}))
    callingCodes[code] = planFor(details, []);
  const local = Object.fromEntries(
    localCountries.map((country) => {
      const details = full.countries[country]!;
      return [
        country,
        [details[at.callingCode] as string, details[at.internationalPrefix] as string],
      ] as const;
    }),
  );
  return { local, callingCodes };
};
