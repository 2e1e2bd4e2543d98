import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DateParts, type DateProblem, readDateOfBirth } from '../../ui/date-of-birth.ts';
import { DateOfBirthFields } from '../../ui/DateOfBirthFields.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

interface DateOfBirthFormProps {
  readonly onSubmit: (dateOfBirth: string) => Promise<void>;
  /** The last refusal, with the attempts left. */
  readonly refusal?: string | undefined;
}

/** Identity check for a patient on record: day, month and year, as three number boxes. */
export const DateOfBirthForm = ({ onSubmit, refusal }: DateOfBirthFormProps) => {
  const { t } = useTranslation(['join', 'ui']);
  useDocumentTitle(t('dateOfBirth.title'));
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [problem, setProblem] = useState<DateProblem>();
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

  const shown = problem ? t(`dateOfBirth.problems.${problem}`, { ns: 'ui' }) : refusal;
  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('dateOfBirth.title')}</h1>
      <p>{t('dateOfBirth.why')}</p>
      <DateOfBirthFields parts={parts} onChange={setParts} problem={shown} />
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('checking') : t('continue')}
      </button>
    </form>
  );
};
