import { type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { type Country, localNumberCountry } from './country.ts';
import phoneMetadata from './phone-metadata.json' with { type: 'json' };

/** Only what reading numbers takes (phone-metadata-subset.ts): the library's own is twice the size. */
const metadata = phoneMetadata as MetadataJson;

export * from './country.ts';

/**
 * The number in E.164, or undefined when it cannot be a phone number. A number without its
 * country code is read in `country` (the organisation's); "+46…" and "0046…" work anywhere.
 * Checked by length per country rather than by number range, so reserved ranges used in
 * examples still parse.
 */
export const normaliseMobile = (input: string, country: Country = localNumberCountry()): string | undefined => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const phone = parsePhoneNumberFromString(input.trim().replace(/^00(?=[1-9])/, '+'), country, metadata);
  return phone?.isPossible() ? phone.number : undefined;
};

/** Enough to recognise where a message went, not enough to reuse it: +44 •••• •••123. */
export const maskMobile = (e164: string): string => `${e164.slice(0, 3)} •••• •••${e164.slice(-3)}`;

export const maskEmail = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};
