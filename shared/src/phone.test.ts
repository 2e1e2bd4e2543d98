import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEmail, maskMobile, normaliseMobile } from './phone.ts';
import { MobileE164 } from './schemas/common.ts';

describe('normaliseMobile', () => {
  it('reads UK local numbers by default and other countries on request', () => {
    expect(normaliseMobile('07700 900123')).toBe('+447700900123');
    expect(normaliseMobile('070-123 45 67', 'SE')).toBe('+46701234567');
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
