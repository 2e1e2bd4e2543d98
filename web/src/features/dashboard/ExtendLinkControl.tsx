import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ExtendLinkControlProps {
  readonly onExtend: (minutes: number) => void;
  readonly busy: boolean;
}

/** More time for the link: five minutes in one click, or any number of minutes from 1 to 60. */
export const ExtendLinkControl = ({ onExtend, busy }: ExtendLinkControlProps) => {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const [minutes, setMinutes] = useState('10');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > 60) return setProblem(t('extend.range'));
    setProblem(undefined);
    onExtend(value);
  };

  return (
    <div className="extend">
      <button className="button" type="button" disabled={busy} onClick={() => onExtend(5)}>
        {t('extend.fiveMore')}
      </button>
      <form className="extend__custom" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t('extend.byMinutes')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          step={1}
          value={minutes}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('extend.extend')}
        </button>
        {problem && (
          <span className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </span>
        )}
      </form>
    </div>
  );
};
