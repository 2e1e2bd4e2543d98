import { useId } from 'react';
import type { DateParts } from '../features/join/date-of-birth.ts';

const fields = [
  { name: 'day', label: 'Day', autoComplete: 'bday-day', maxLength: 2, size: 'narrow' },
  { name: 'month', label: 'Month', autoComplete: 'bday-month', maxLength: 2, size: 'narrow' },
  { name: 'year', label: 'Year', autoComplete: 'bday-year', maxLength: 4, size: 'wide' },
] as const;

interface DateOfBirthFieldsProps {
  readonly parts: DateParts;
  readonly onChange: (parts: DateParts) => void;
  /** What is wrong, announced with the fields. */
  readonly problem?: string | undefined;
}

/** Day, month and year as three number boxes, with one hint and one error for the three. */
export const DateOfBirthFields = ({ parts, onChange, problem }: DateOfBirthFieldsProps) => {
  const id = useId();
  return (
    <fieldset
      className={problem ? 'date-field date-field--error' : 'date-field'}
      aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
    >
      <legend>What is your date of birth?</legend>
      <p className="field__hint" id={`${id}-hint`}>
        For example 12 4 1980
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
      <div className="date-field__parts">
        {fields.map((field) => (
          <div key={field.name} className={`date-field__part date-field__part--${field.size}`}>
            <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
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
