import fc from 'fast-check';
import full from 'libphonenumber-js/metadata.min.json';
import { type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { countries } from './country.ts';
import committed from './phone-metadata.json' with { type: 'json' };
import { phoneMetadataFor } from './phone-metadata-subset.ts';
import { normaliseMobile } from './phone.ts';

const fullMetadata: MetadataJson = full;

/** What the library's own metadata reads the number as: the answer before the subset. */
const withFullMetadata = (input: string, country: (typeof countries)[number]) => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const phone = parsePhoneNumberFromString(input.trim().replace(/^00(?=[1-9])/, '+'), country, fullMetadata);
  return phone?.isPossible() ? phone.number : undefined;
};

describe('the phone metadata', () => {
  it('is what `npm run phone-metadata` writes from the installed libphonenumber-js', () => {
    expect(committed).toEqual(phoneMetadataFor(fullMetadata, countries));
  });

  it('reads every number, local or international, as the library’s full metadata does', () => {
    const callingCodes = Object.keys(fullMetadata.country_calling_codes);
    const international = fc
      .tuple(fc.constantFrom(...callingCodes), fc.stringMatching(/^[\d ()-]{3,15}$/), fc.constantFrom('+', '00', '+ '))
      .map(([code, rest, prefix]) => `${prefix}${code}${rest}`);
    const local = fc.stringMatching(/^0?[\d ()-]{5,14}$/);
    fc.assert(
      fc.property(fc.oneof(international, local), fc.constantFrom(...countries), (input, country) => {
        expect(normaliseMobile(input, country)).toBe(withFullMetadata(input, country));
      }),
      { numRuns: 3000 },
    );
  });
});
