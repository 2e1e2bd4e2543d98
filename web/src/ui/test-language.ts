import i18next from 'i18next';
import { english, swedish } from '../i18n/testing.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * For unit tests: the global i18next, ready at once in `language` with every catalog, so words
 * built outside React read as they will on the page.
 */
export const speak = (language: Language): void => {
  if (!i18next.isInitialized) {
    void i18next.init({
      lng: language,
      fallbackLng: 'en',
      resources: { en: english, sv: swedish },
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  } else void i18next.changeLanguage(language);
};
