export { activeLanguage, chooseLanguage, startI18n } from './i18n.ts';
export { initialLanguage, isLanguage, type Language, languageNames, languages } from './languages.ts';
export { LanguageSwitch } from './LanguageSwitch.tsx';
export { intlLocale } from './format.ts';
