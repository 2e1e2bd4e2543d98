import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * The number in E.164, or undefined when it cannot be a phone number. Checked by length per
 * country rather than by number range, so reserved ranges used in examples still parse.
 */
export const normaliseMobile = (input: string, defaultCountry: CountryCode = 'GB'): string | undefined => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const phone = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return phone?.isPossible() ? phone.number : undefined;
};

/** Enough to recognise where a message went, not enough to reuse it: +44 •••• •••123. */
export const maskMobile = (e164: string): string => `${e164.slice(0, 3)} •••• •••${e164.slice(-3)}`;

export const maskEmail = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};
