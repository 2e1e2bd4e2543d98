import { activeLanguage } from './i18n.ts';
import type { Language } from './languages.ts';

/** Each language as its clinics write dates and times: British English, Swedish. */
const regions: Record<Language, string> = { en: 'GB', sv: 'SE' };

/** The locale for `Intl` in the page's active language ("sv-SE" writes 2026-04-14 and 14:05). */
export const intlLocale = (language: Language = activeLanguage()): string => `${language}-${regions[language]}`;
