import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

interface NameFormProps {
  readonly onSubmit: (displayName: string) => Promise<void>;
  readonly refusal?: string | undefined;
  /** The name the clinician typed when inviting them: filled in, to confirm or correct. */
  readonly suggested?: string | undefined;
  /** A meeting room's link: where they are going, and that it is not for clinical use. */
  readonly meetingRoom?: { readonly name: string } | undefined;
}

/** For someone not on record: the name the clinician will see in the waiting room. */
export const NameForm = ({ onSubmit, refusal, suggested, meetingRoom }: NameFormProps) => {
  const { t } = useTranslation('join');
  useDocumentTitle(meetingRoom ? t('room.pageTitle') : t('name.pageTitle'));
  const [name, setName] = useState(suggested ?? '');
  const [problem, setProblem] = useState<'missing' | 'tooLong'>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem('missing');
    if (trimmed.length > 100) return setProblem('tooLong');
    setProblem(undefined);
    setBusy(true);
    try {
      await onSubmit(trimmed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      {meetingRoom ? (
        <>
          <h1>{t('room.title', { room: meetingRoom.name })}</h1>
          <p className="notice notice--warning" data-testid="not-clinical">
            {t('room.warning')}
          </p>
          <p>{t('room.why')}</p>
        </>
      ) : (
        <>
          <h1>{t('name.title')}</h1>
          <p>{t('name.why')}</p>
        </>
      )}
      <Field
        label={t('name.label')}
        autoComplete="name"
        value={name}
        error={problem ? t(`name.${problem}`) : refusal}
        onChange={(event) => setName(event.target.value)}
      />
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('joining') : t('continue')}
      </button>
    </form>
  );
};
