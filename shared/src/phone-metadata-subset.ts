import type { MetadataJson } from 'libphonenumber-js/core';

/** Where a country's number formats sit in libphonenumber's compact metadata. */
const formats = 4;

/**
 * The phone metadata Clinicall reads numbers with (shared/src/phone-metadata.json, written by
 * `npm run phone-metadata`): the countries whose local numbers it reads in full, every other
 * country only what reading its numbers in international form takes: its calling code, number
 * patterns and lengths, without the ways its numbers are written out (Clinicall writes numbers
 * as E.164 only). About 40% of the library's smallest metadata.
 */
export const phoneMetadataFor = (full: MetadataJson, localCountries: readonly string[]): MetadataJson => {
  const countries = Object.fromEntries(
    Object.entries(full.countries).map(([country, details]) => [
      country,
      localCountries.includes(country) ? details : details.map((detail: unknown, index) => (index === formats ? [] : detail)),
    ]),
  );
  return { ...full, countries };
};
