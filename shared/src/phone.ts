import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** The countries whose local numbers Clinicall reads (the organisation's country). */
export const countries = ['GB', 'SE'] as const;
export type Country = (typeof countries)[number];

export const isCountry = (value: unknown): value is Country => countries.includes(value as Country);

/** How a number is written there, for hints and error messages. */
export const mobileExamples: Record<Country, { readonly national: string; readonly international: string }> = {
  GB: { national: '07700 900123', international: '+44 7700 900123' },
  SE: { national: '070-123 45 67', international: '+46 70 123 45 67' },
};

let organisationCountry: Country = 'GB';

/**
 * Where a number typed without its country code is read from now on. Set once, at start, by
 * whoever composes the app (the server from its configuration, the web app from config.json):
 * the API's schemas and the forms that check with them then read "07…" the same way.
 */
export const readLocalNumbersIn = (country: Country): void => {
  organisationCountry = country;
};

/** The country local numbers are read in (GB until the composition says otherwise). */
export const localNumberCountry = (): Country => organisationCountry;

/**
 * The number in E.164, or undefined when it cannot be a phone number. A number without its
 * country code is read in `country` (the organisation's); "+46…" and "0046…" work anywhere.
 * Checked by length per country rather than by number range, so reserved ranges used in
 * examples still parse.
 */
export const normaliseMobile = (input: string, country: Country = organisationCountry): string | undefined => {
  if (!/^[\d\s()+.-]+$/.test(input.trim())) return undefined;
  const phone = parsePhoneNumberFromString(input.trim().replace(/^00(?=[1-9])/, '+'), country);
  return phone?.isPossible() ? phone.number : undefined;
};

/** Enough to recognise where a message went, not enough to reuse it: +44 •••• •••123. */
export const maskMobile = (e164: string): string => `${e164.slice(0, 3)} •••• •••${e164.slice(-3)}`;

export const maskEmail = (email: string): string => {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
};
