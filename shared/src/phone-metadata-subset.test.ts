import full from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { countries } from './country.ts';
import committed from './phone-metadata.json' with { type: 'json' };
import { phoneMetadataFor } from './phone-metadata-subset.ts';

describe('the phone table', () => {
  it('is what `npm run phone-metadata` writes from the installed libphonenumber-js', () => {
    expect(committed).toEqual(phoneMetadataFor(full, countries));
  });

  it('tells apart the countries sharing a calling code whose numbers differ in length', () => {
    const { callingCodes } = phoneMetadataFor(full, countries);
    expect(callingCodes['44']?.[4]).toEqual([['74576|(?:16|7[56])24', [10]]]);
    expect(callingCodes['46']?.[4]).toBeUndefined();
  });

  it('keeps a national pattern only where a number beginning with the national prefix can match it', () => {
    const { callingCodes } = phoneMetadataFor(full, countries);
    expect(callingCodes['33']).toEqual([[9], '0']);
    expect(callingCodes['44']?.[3]).toBe(full.countries.GB![2]);
    expect(callingCodes['81']?.[3]).toBe(full.countries.JP![2]);
    expect(Object.keys(callingCodes)).toHaveLength(
      Object.keys(full.country_calling_codes).length + Object.keys(full.nonGeographic).length,
    );
  });
});
