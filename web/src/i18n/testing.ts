import i18next, { type i18n } from 'i18next';
import { english, namespaces } from './catalogs.ts';
import type { Language } from './languages.ts';

const swedish = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../locales/sv/*.json', { eager: true, import: 'default' })).map(([path, catalog]) => [
    path.replace(/^.*\/(\w+)\.json$/, '$1'),
    catalog,
  ]),
);

/**
 * Tests only: an i18next of its own with every catalog loaded, so wording functions can be
 * checked in each language without the page's lazy loading.
 */
export const testI18n = async (language: Language): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    resources: { en: english, sv: swedish },
    interpolation: { escapeValue: false },
  });
  return instance;
};
