import { type FormEvent, useState } from 'react';
import { type PortalSession, signInToPortal } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { Choice } from '../../ui/Choice.tsx';
import { DateOfBirthFields } from '../../ui/DateOfBirthFields.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { type DateParts, readDateOfBirth } from '../join/date-of-birth.ts';

interface PortalSignInProps {
  readonly token: string;
  readonly onSignedIn: (session: PortalSession, remembered: boolean) => void;
  /** The link cannot be used (expired, withdrawn, locked): why, in the clinic's words. */
  readonly onLinkRefused: (message: string) => void;
}

const refusalOf = (error: unknown): string => {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  const left = error.details.attemptsLeft;
  return typeof left === 'number'
    ? `${error.message} You have ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`
    : error.message;
};

/** The portal's way in: the date of birth, and whether to remember this device. */
export const PortalSignIn = ({ token, onSignedIn, onLinkRefused }: PortalSignInProps) => {
  useDocumentTitle('Confirm your date of birth');
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [remember, setRemember] = useState(true);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = readDateOfBirth(parts);
    if (!answer.ok) return setProblem(answer.problem);
    setProblem(undefined);
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
      if (retry) setProblem(refusalOf(error));
      else onLinkRefused(error.message);
    }
  };

  return (
    <form className="patient-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1>Your appointments</h1>
      <p>To see your appointments and messages from your clinic, confirm your date of birth.</p>
      <DateOfBirthFields parts={parts} onChange={setParts} problem={problem} />
      <Choice
        type="checkbox"
        label="Remember this device for 30 days"
        hint="Only on your own phone or computer. You can sign out at any time."
        checked={remember}
        onChange={(event) => setRemember(event.target.checked)}
      />
      <button className="button button--primary button--block" type="submit" disabled={busy}>
        {busy ? 'Checking…' : 'Continue'}
      </button>
    </form>
  );
};
