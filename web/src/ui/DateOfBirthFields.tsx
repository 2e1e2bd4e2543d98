import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateParts } from './date-of-birth.ts';

const day = { name: 'day', autoComplete: 'bday-day', maxLength: 2, size: 'narrow' } as const;
const month = { name: 'month', autoComplete: 'bday-month', maxLength: 2, size: 'narrow' } as const;
const year = { name: 'year', autoComplete: 'bday-year', maxLength: 4, size: 'wide' } as const;

/** Each language writes dates in its own order: 12/04/1980 in English, 1980-04-12 in Swedish. */
const orders = { en: [day, month, year], sv: [year, month, day] } as const;

interface DateOfBirthFieldsProps {
  readonly parts: DateParts;
  readonly onChange: (parts: DateParts) => void;
  /** What is wrong, announced with the fields. */
  readonly problem?: string | undefined;
  /** The question, when it is not the person's own date ("What is your date of birth?"). */
  readonly legend?: string;
}

/** Day, month and year as three number boxes, with one hint and one error for the three. */
export const DateOfBirthFields = ({ parts, onChange, problem, legend }: DateOfBirthFieldsProps) => {
  const id = useId();
  const { t, i18n } = useTranslation('ui');
  const fields = i18n.language === 'sv' ? orders.sv : orders.en;
  return (
    <fieldset
      className={problem ? 'date-field date-field--error' : 'date-field'}
      aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
    >
      <legend>{legend ?? t('dateOfBirth.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('dateOfBirth.hint')}
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
      <div className="date-field__parts">
        {fields.map((field) => (
          <div key={field.name} className={`date-field__part date-field__part--${field.size}`}>
            <label htmlFor={`${id}-${field.name}`}>{t(`dateOfBirth.${field.name}`)}</label>
            <input
              id={`${id}-${field.name}`}
              name={field.name}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete={field.autoComplete}
              maxLength={field.maxLength}
              aria-invalid={problem ? true : undefined}
              value={parts[field.name]}
              onChange={(event) => onChange({ ...parts, [field.name]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
};
