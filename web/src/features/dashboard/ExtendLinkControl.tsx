import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ExtendLinkControlProps {
  readonly onExtend: (minutes: number) => void;
  readonly busy: boolean;
  /** The most one extension may add, as the call type allows. */
  readonly maxMinutes: number;
}

/** More time for the link: one control, five minutes unless changed, up to what the call type allows. */
export const ExtendLinkControl = ({ onExtend, busy, maxMinutes }: ExtendLinkControlProps) => {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const [minutes, setMinutes] = useState('5');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 1 || value > maxMinutes) return setProblem(t('extend.range', { max: maxMinutes }));
    setProblem(undefined);
    onExtend(value);
  };

  return (
    <div className="extend">
      <form className="extend__custom" onSubmit={submit} noValidate>
        <label htmlFor={id}>{t('extend.byMinutes')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxMinutes}
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
