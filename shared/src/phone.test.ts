import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { localNumberCountry, maskEmail, maskMobile, normaliseMobile, readLocalNumbersIn } from './phone.ts';
import { MobileE164 } from './schemas/common.ts';
import { Mobile } from './schemas/mobile.ts';

describe('normaliseMobile', () => {
  afterEach(() => readLocalNumbersIn('GB'));

  it('reads UK local numbers by default and other countries on request', () => {
    expect(localNumberCountry()).toBe('GB');
    expect(normaliseMobile('07700 900123')).toBe('+447700900123');
    expect(normaliseMobile('070-123 45 67', 'SE')).toBe('+46701234567');
  });

  it('reads local numbers in the country the organisation is in', () => {
    readLocalNumbersIn('SE');
    expect(normaliseMobile('070-123 45 67')).toBe('+46701234567');
    expect(normaliseMobile('070 123 45 67')).toBe('+46701234567');
    expect(normaliseMobile('07700 900123')).not.toBe('+447700900123');
    readLocalNumbersIn('GB');
    expect(normaliseMobile('07700 900123')).toBe('+447700900123');
    expect(normaliseMobile('070-123 45 67')).not.toBe('+46701234567');
  });

  it('reads a number with its country code the same in every country, + or 00', () => {
    for (const country of ['GB', 'SE'] as const) {
      expect(normaliseMobile('+46 70 123 45 67', country)).toBe('+46701234567');
      expect(normaliseMobile('0046 70 123 45 67', country)).toBe('+46701234567');
      expect(normaliseMobile('+44 7700 900123', country)).toBe('+447700900123');
      expect(normaliseMobile('0044 7700 900123', country)).toBe('+447700900123');
    }
  });

  it('makes the API schema read local numbers in the same country, and say so when one is wrong', () => {
    readLocalNumbersIn('SE');
    expect(Mobile.parse('070-123 45 67')).toBe('+46701234567');
    expect(Mobile.safeParse('12').error?.issues[0]?.message).toBe(
      'Enter a mobile number, for example 070-123 45 67 or +46 70 123 45 67.',
    );
    readLocalNumbersIn('GB');
    expect(Mobile.parse('07700 900123')).toBe('+447700900123');
    expect(Mobile.safeParse('12').error?.issues[0]?.message).toBe(
      'Enter a mobile number, for example 07700 900123 or +44 7700 900123.',
    );
  });

  it('refuses letters and impossible lengths', () => {
    expect(normaliseMobile('abc')).toBeUndefined();
    expect(normaliseMobile('12')).toBeUndefined();
    expect(normaliseMobile('0770090012x')).toBeUndefined();
    expect(normaliseMobile('+44 7700 900123 900123')).toBeUndefined();
  });

  it('only ever answers E.164', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[\d ()-]{0,20}$/), (input) => {
        const e164 = normaliseMobile(input);
        if (e164 !== undefined) expect(MobileE164.safeParse(e164).success, `${input} → ${e164}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('masking', () => {
  it('keeps the country code and the last three digits of a mobile', () => {
    expect(maskMobile('+447700900123')).toBe('+44 •••• •••123');
  });

  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('alex@example.org')).toBe('a•••@example.org');
    expect(maskEmail('nodomain')).toBe('n•••@');
  });
});
