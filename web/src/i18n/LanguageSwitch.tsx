import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './i18n.ts';
import { isLanguage, languageNames, languages } from './languages.ts';

/** Every language named in itself; the choice is remembered on this device. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </label>
  );
};
