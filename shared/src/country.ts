/**
 * The organisation's country, without the phone library: small enough for the web app's first
 * load to set it from config.json.
 */

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
