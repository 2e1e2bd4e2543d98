import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { bundled } from './catalogs.ts';
import { type Language, languages, rememberLanguage } from './languages.ts';

/** The page says which language it is in, for screen readers and the browser's own tools. */
const markDocument = (language: string) => {
  document.documentElement.lang = language;
};

/**
 * i18next with English bundled and other languages' catalogs fetched when first needed, one
 * chunk per feature and language.
 */
export const startI18n = async (language: Language): Promise<void> => {
  await i18next
    .use(resourcesToBackend((lng: string, ns: string) => import(`../locales/${lng}/${ns}.json`)))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...languages],
      // Other namespaces load with the feature that first asks for them.
      ns: ['common'],
      defaultNS: 'common',
      resources: { en: bundled },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  markDocument(i18next.language);
  i18next.on('languageChanged', markDocument);
};

/** The switch: the page changes at once and this device remembers the choice. */
export const chooseLanguage = async (language: Language): Promise<void> => {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
};

/** The active language, for Intl formatting of dates, times and numbers. */
export const activeLanguage = (): Language => (i18next.language === 'sv' ? 'sv' : 'en');
