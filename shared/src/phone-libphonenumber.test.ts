import fc from 'fast-check';
import full from 'libphonenumber-js/metadata.min.json';
import { type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { countries, type Country } from './country.ts';
import { normaliseMobile } from './phone.ts';

/**
 * The reader in phone.ts against what it replaces: libphonenumber-js's parse + isPossible() with
 * the library's own metadata, exactly as normaliseMobile read numbers before.
 */
const metadata: MetadataJson = full;
const withLibrary = (input: string, country: Country): string | undefined => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const phone = parsePhoneNumberFromString(input.trim().replace(/^00(?=[1-9])/, '+'), country, metadata);
  return phone?.isPossible() ? phone.number : undefined;
};

/** Every input on which the two disagree, in both local countries. */
const disagreements = (inputs: Iterable<string>) => {
  const found: string[] = [];
  for (const input of inputs)
    for (const country of countries) {
      const ours = normaliseMobile(input, country);
      const library = withLibrary(input, country);
      if (ours !== library) found.push(`${country} ${JSON.stringify(input)}: ${ours} ≠ ${library}`);
    }
  return found;
};

type Details = readonly unknown[];
const text = (details: Details, index: number) =>
  typeof details[index] === 'string' ? details[index] : undefined;
const plansOf = (code: string): Details[] => {
  const sharing = full.country_calling_codes[code as keyof typeof full.country_calling_codes] as
    readonly string[] | undefined;
  if (sharing)
    return sharing.map((country) => full.countries[country as keyof typeof full.countries] as Details);
  return [full.nonGeographic[code] as Details];
};
const callingCodes = [...Object.keys(full.country_calling_codes), ...Object.keys(full.nonGeographic)];

/** Strings matching a pattern from the metadata, the same ones every run. */
const sample = (pattern: string, count: number, seed: number) =>
  fc
    .sample(fc.stringMatching(new RegExp(`^(?:${pattern})$`)), { seed, numRuns: count })
    .filter((digits) => /^\d*$/.test(digits));

/**
 * National numbers under a calling code: shaped as each country sharing it writes them (its
 * national pattern and number types), with each of its national prefixes, plus digits of every
 * length from too short to too long.
 */
const nationalNumbersFor = (code: string, seed: number): string[] => {
  const numbers = new Set<string>();
  for (const details of plansOf(code)) {
    const national = sample(text(details, 2)!, 6, seed);
    const types = ((details[11] as unknown[] | 0 | undefined) || []).flatMap((type) =>
      Array.isArray(type) && type[0] ? sample(type[0] as string, 2, seed + 1) : [],
    );
    const leading = text(details, 10) ? sample(`(?:${text(details, 10)})\\d{0,9}`, 6, seed + 2) : [];
    for (const digits of [...national, ...types, ...leading]) {
      numbers.add(digits);
      numbers.add(digits.slice(0, -1));
      numbers.add(`${digits}5`);
      for (const prefix of [text(details, 5), '0']) if (prefix) numbers.add(`${prefix}${digits}`);
    }
    const parsing = text(details, 7);
    if (parsing)
      for (const prefix of sample(parsing.replace(/\$/g, ''), 4, seed + 3))
        for (const digits of national) numbers.add(`${prefix}${digits}`);
  }
  for (let length = 1; length <= 19; length++)
    numbers.add(
      String(seed * 7919 + length * 104729)
        .padEnd(length, '4')
        .slice(0, length),
    );
  return [...numbers];
};

/** A number written as people do: grouped by spaces, dashes or dots, sometimes in brackets. */
const written = (digits: string, style: number): string => {
  const groups = digits.match(/\d{1,3}/g) ?? [];
  switch (style % 4) {
    case 0:
      return digits;
    case 1:
      return groups.join(' ');
    case 2:
      return groups.length > 1 ? `(${groups[0]}) ${groups.slice(1).join('-')}` : digits;
    default:
      return groups.join('.');
  }
};

describe('normaliseMobile reads numbers as libphonenumber-js did', () => {
  it('on the examples', () => {
    const examples = [
      '07700 900123',
      '070-123 45 67',
      '070 123 45 67',
      '+46 70 123 45 67',
      '0046 70 123 45 67',
      '+44 7700 900123',
      '0044 7700 900123',
      '12',
      'abc',
      '0770090012x',
      '+44 7700 900123 900123',
      '+44 (0)7700 900123',
      '(07700) 900 123',
      '447700900123',
      '46701234567',
      '00 44 7700 900123',
      '+44 7624 123456',
      '07624 123456',
      '+1 310 1234',
      '+1 (268) 464 1234',
      '+7 701 123 4567',
      '+290 81234',
      '+599 31234567',
      '+61 1831 2 1234 5678',
      '+54 9 11 1234 5678',
      '+54 0 11 15 1234 5678',
      '+800 1234 5678',
      '+0 1234',
      '+999 1234567',
      '++44 7700 900123',
      '07700\t900123',
      '07700\u00a0900123',
      '07700 900123 )',
      '( 07700 900123',
      '07700+900123',
      '+',
      '',
      '   ',
      '0',
      '00',
      '000 44 7700 900123',
      '0044',
      '+44',
    ];
    expect(disagreements(examples)).toEqual([]);
  });

  it('on numbers of every calling code, international and national, short to long', () => {
    const inputs: string[] = [];
    callingCodes.forEach((code, index) => {
      nationalNumbersFor(code, index + 1).forEach((digits, style) => {
        inputs.push(
          `+${code}${digits}`,
          `+${code} ${written(digits, style)}`,
          `00${code}${written(digits, style + 1)}`,
        );
        inputs.push(`+${code} (0)${written(digits, style + 2)}`, `00 ${code}-${written(digits, style + 3)}`);
      });
    });
    for (const [country, code] of [
      ['GB', '44'],
      ['SE', '46'],
    ] as const) {
      nationalNumbersFor(code, country.length).forEach((digits, style) => {
        inputs.push(
          digits,
          `0${written(digits, style)}`,
          `${code}${digits}`,
          `${code} ${written(digits, style + 1)}`,
        );
        inputs.push(
          `(0${digits.slice(0, 4)}) ${written(digits.slice(4), style + 2)}`,
          `00${digits}`,
          `000${digits}`,
        );
      });
    }
    expect(inputs.length).toBeGreaterThan(50_000);
    expect(disagreements(inputs)).toEqual([]);
  });

  it('on anything typed', () => {
    const callingCode = fc.constantFrom(...callingCodes);
    const digits = fc.stringMatching(/^[\d ()-]{0,18}$/);
    const international = fc
      .tuple(
        fc.constantFrom('+', '00', '+ ', '00 ', '+('),
        callingCode,
        fc.constantFrom('', '0', ' (0) ', '-'),
        digits,
      )
      .map((parts) => parts.join(''));
    const national = fc
      .tuple(fc.constantFrom('', '0', '44', '46', '00', '(0'), digits)
      .map((parts) => parts.join(''));
    const anything = fc.stringMatching(/^[\d\s()+.-]{0,24}$/);
    fc.assert(
      fc.property(
        fc.oneof(international, national, anything),
        fc.constantFrom(...countries),
        (input, country) => {
          expect(normaliseMobile(input, country), `${country} ${JSON.stringify(input)}`).toBe(
            withLibrary(input, country),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
