import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, languageNames, languages } from '../../i18n/index.ts';

interface LanguageSelectProps {
  readonly value: Language;
  readonly onChange: (language: Language) => void;
}

/** The patient's language: what every message to them, and the page its link opens, is written in. */
export const LanguageSelect = ({ value, onChange }: LanguageSelectProps) => {
  const { t } = useTranslation('patients');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('language')}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('languageHint')}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value as Language)}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
};
