/** The languages Clinicall speaks; English is the fallback for anything else. */
export const languages = ['en', 'sv'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** Each language named in itself, for the switch. */
export const languageNames: Record<Language, string> = { en: 'English', sv: 'Svenska' };

const storageKey = 'clinicall.language';

/** A link's `?lng=sv` (a patient's language travels in their links). */
export const languageFromAddress = (search = window.location.search): Language | undefined => {
  const asked = new URLSearchParams(search).get('lng');
  return isLanguage(asked) ? asked : undefined;
};

/** The language this browser chose before (the switch remembers it). */
export const rememberedLanguage = (): Language | undefined => {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
};

export const rememberLanguage = (language: Language): void => {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing: the choice lasts this page.
  }
};

/** The browser's own languages, first supported one wins. */
export const browserLanguage = (preferred: readonly string[] = navigator.languages): Language | undefined =>
  preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);

/**
 * The page's language: the link's, then the one chosen on this device, then the browser's,
 * then the organisation's default.
 */
export const initialLanguage = (organisationDefault: Language = 'en'): Language =>
  languageFromAddress() ?? rememberedLanguage() ?? browserLanguage() ?? organisationDefault;
