import i18next, { type i18n } from 'i18next';
import { namespaces } from './catalogs.ts';
import type { Language } from './languages.ts';

/** Every catalog of a language, read at once (tests only: the page loads them as needed). */
const catalogsOf = (globbed: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(globbed).map(([path, catalog]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), catalog]));
export const english = catalogsOf(import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' }));
export const swedish = catalogsOf(import.meta.glob<Record<string, unknown>>('../locales/sv/*.json', { eager: true, import: 'default' }));

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
