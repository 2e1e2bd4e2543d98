import { type FormEvent, useId, useState } from 'react';
import { type DateParts, readDateOfBirth } from './date-of-birth.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

interface DateOfBirthFormProps {
  readonly onSubmit: (dateOfBirth: string) => Promise<void>;
  /** The last refusal, with the attempts left. */
  readonly refusal?: string | undefined;
}

const fields = [
  { name: 'day', label: 'Day', autoComplete: 'bday-day', maxLength: 2, size: 'narrow' },
  { name: 'month', label: 'Month', autoComplete: 'bday-month', maxLength: 2, size: 'narrow' },
  { name: 'year', label: 'Year', autoComplete: 'bday-year', maxLength: 4, size: 'wide' },
] as const;

/** Identity check for a patient on record: day, month and year, as three number boxes. */
export const DateOfBirthForm = ({ onSubmit, refusal }: DateOfBirthFormProps) => {
  useDocumentTitle('Confirm your date of birth');
  const id = useId();
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = readDateOfBirth(parts);
    if (!answer.ok) return setProblem(answer.problem);
    setProblem(undefined);
    setBusy(true);
    try {
      await onSubmit(answer.date);
    } finally {
      setBusy(false);
    }
  };

  const shown = problem ?? refusal;
  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>Confirm your date of birth</h1>
      <p>This keeps your consultation private: only you should be able to join it.</p>
      <fieldset className={shown ? 'date-field date-field--error' : 'date-field'} aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}>
        <legend>What is your date of birth?</legend>
        <p className="field__hint" id={`${id}-hint`}>
          For example 12 4 1980
        </p>
        {shown && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {shown}
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
                aria-invalid={shown ? true : undefined}
                value={parts[field.name]}
                onChange={(event) => setParts((previous) => ({ ...previous, [field.name]: event.target.value }))}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Continue'}
      </button>
    </form>
  );
};
