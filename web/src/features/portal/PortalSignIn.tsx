import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PortalSession, signInToPortal } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { Choice } from '../../ui/Choice.tsx';
import { DateOfBirthFields } from '../../ui/DateOfBirthFields.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { type DateParts, type DateProblem, readDateOfBirth } from '../../ui/date-of-birth.ts';

interface PortalSignInProps {
  readonly token: string;
  readonly onSignedIn: (session: PortalSession, remembered: boolean) => void;
  /** The link cannot be used (expired, withdrawn, locked): why, in the clinic's words. */
  readonly onLinkRefused: (message: string) => void;
}

/** The portal's way in: the date of birth, and whether to remember this device. */
export const PortalSignIn = ({ token, onSignedIn, onLinkRefused }: PortalSignInProps) => {
  const { t } = useTranslation(['portal', 'ui', 'errors']);
  useDocumentTitle(t('signIn.pageTitle'));
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  // A shared or borrowed device must not stay signed in: remembering is the patient's choice, never the default.
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<DateProblem>();
  // A refusal's message is the words for its code, with the attempts left.
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = readDateOfBirth(parts);
    if (!answer.ok) return setProblem(answer.problem);
    setProblem(undefined);
    setRefusal(undefined);
    setBusy(true);
    try {
      onSignedIn(await signInToPortal(token, answer.date, remember), remember);
    } catch (error) {
      setBusy(false);
      const retry =
        !(error instanceof ApiError) ||
        error.status === 0 ||
        error.status >= 500 ||
        error.code === 'verification-failed';
      if (retry) setRefusal(error instanceof ApiError ? error.message : t('unknown', { ns: 'errors' }));
      else onLinkRefused(error.message);
    }
  };

  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <DateOfBirthFields
        parts={parts}
        onChange={setParts}
        problem={problem ? t(`dateOfBirth.problems.${problem}`, { ns: 'ui' }) : refusal}
      />
      <Choice
        type="checkbox"
        label={t('signIn.remember')}
        hint={t('signIn.rememberHint')}
        checked={remember}
        onChange={(event) => setRemember(event.target.checked)}
      />
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? t('signIn.checking') : t('signIn.continue')}
      </button>
    </form>
  );
};
