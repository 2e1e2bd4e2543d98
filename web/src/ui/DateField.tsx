import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partsOf, typedDate, writtenDate } from './date-parts.ts';
import { DateFields } from './DateFields.tsx';

interface DateFieldProps {
  readonly legend: string;
  /** YYYY-MM-DD to start from, or ''. */
  readonly initial: string;
  /** Told on each change: YYYY-MM-DD as typed ('' when empty; not a date when it is not one). */
  readonly onChange: (isoDate: string) => void;
  readonly problem?: string | undefined;
  /** The example in the hint: a date the person might choose. */
  readonly example: string;
}

/** A date to choose (an appointment's day, the days that suit): typed as the page writes dates. */
export const DateField = ({ legend, initial, onChange, problem, example }: DateFieldProps) => {
  const { t, i18n } = useTranslation('ui');
  const [parts, setParts] = useState(() => partsOf(initial));
  return (
    <DateFields
      legend={legend}
      hint={t('date.hint', { example: writtenDate(example, i18n.language === 'sv' ? 'sv' : 'en') })}
      parts={parts}
      problem={problem}
      onChange={(next) => {
        setParts(next);
        onChange(typedDate(next));
      }}
    />
  );
};
