import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type DateParts, partOrders } from './date-parts.ts';

const boxes = {
  day: { maxLength: 2, size: 'narrow' },
  month: { maxLength: 2, size: 'narrow' },
  year: { maxLength: 4, size: 'wide' },
} as const;

export interface DateFieldsProps {
  readonly legend: string;
  /** How to write it, with an example in the page's order. */
  readonly hint: string;
  readonly parts: DateParts;
  readonly onChange: (parts: DateParts) => void;
  /** What is wrong, announced with the fields. */
  readonly problem?: string | undefined;
  /** A date of birth: the browser may fill it in. */
  readonly birthday?: boolean;
}

/**
 * A date as three number boxes in the page's language's order (day month year, or year month
 * day in Swedish), with one hint and one error for the three: never the browser's own date
 * picker, which writes dates in the browser's format rather than the page's.
 */
export const DateFields = ({ legend, hint, parts, onChange, problem, birthday = false }: DateFieldsProps) => {
  const id = useId();
  const { t, i18n } = useTranslation('ui');
  const order = i18n.language === 'sv' ? partOrders.sv : partOrders.en;
  return (
    <fieldset
      className={problem ? 'date-field date-field--error' : 'date-field'}
      aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
    >
      <legend>{legend}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
      <div className="date-field__parts">
        {order.map((part) => (
          <div key={part} className={`date-field__part date-field__part--${boxes[part].size}`}>
            <label htmlFor={`${id}-${part}`}>{t(`dateOfBirth.${part}`)}</label>
            <input
              id={`${id}-${part}`}
              name={part}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete={birthday ? `bday-${part}` : 'off'}
              maxLength={boxes[part].maxLength}
              aria-invalid={problem ? true : undefined}
              value={parts[part]}
              onChange={(event) => onChange({ ...parts, [part]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
};
