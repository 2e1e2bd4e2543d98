import { siteConfig } from '../../config.ts';
import { isLanguage, type Language } from '../../i18n/index.ts';

/** What a new patient is written to in unless the receptionist chooses otherwise: the organisation's language. */
export const organisationLanguage = (): Language => {
  const configured = siteConfig().defaultLanguage;
  return isLanguage(configured) ? configured : 'en';
};
