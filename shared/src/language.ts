/** The languages Clinicall speaks to patients and staff; English is the fallback for anything else. */
export const languages = ['en', 'sv'] as const;

export const isLanguage = (value: unknown): value is (typeof languages)[number] => languages.includes(value as (typeof languages)[number]);
