import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { type InviteChoice, inviteRequest, inviteRoles } from './invite-request.ts';

interface InviteDialogProps {
  readonly consultationId: string;
  readonly token: string;
  /** What to tell the host, and who was invited: the word goes once they arrive. */
  readonly onInvited: (message: string, participantId: string) => void;
  readonly onCancel: () => void;
}

/** The host invites an interpreter, a support person or a colleague, with their own single-use link. */
export const InviteDialog = ({ consultationId, token, onInvited, onCancel }: InviteDialogProps) => {
  const { t } = useTranslation(['call', 'errors']);
  const [choice, setChoice] = useState<InviteChoice>({
    role: undefined,
    destination: '',
    displayName: '',
    admitOnArrival: false,
  });
  const [problem, setProblem] = useState<{ field?: string; message: string }>();
  const [busy, setBusy] = useState(false);
  const change = (update: Partial<InviteChoice>) => setChoice((previous) => ({ ...previous, ...update }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = inviteRequest(choice);
    if (!answer.ok)
      return setProblem({ field: answer.field, message: t(`invite.problems.${answer.problem}`) });
    setBusy(true);
    setProblem(undefined);
    try {
      const { link } = await call(operations.invite, {
        params: { id: consultationId },
        body: answer.body,
        token,
      });
      const who = t(`roles.${answer.body.role}`);
      onInvited(
        t(answer.body.admitOnArrival ? 'invite.sentJoins' : 'invite.sentWaits', { to: link.sentTo, who }),
        link.participantId,
      );
    } catch (error) {
      // The server's field problems are in English: the field is marked, in the page's words.
      const field = error instanceof ApiError ? error.fields[0] : undefined;
      setProblem({
        ...(field && { field: field.field === 'displayName' ? 'displayName' : 'destination' }),
        message: field
          ? t('checkAnswer', { ns: 'errors' })
          : error instanceof ApiError
            ? error.message
            : t('invite.failed'),
      });
      setBusy(false);
    }
  };

  const fieldProblem = (field: string) => (problem?.field === field ? problem.message : undefined);
  return (
    <Dialog title={t('inviteSomeone')} onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problem && !problem.field && <Notice tone="error">{problem.message}</Notice>}
        <fieldset
          className="choices"
          aria-describedby={fieldProblem('role') ? 'invite-role-error' : undefined}
        >
          <legend>{t('invite.who')}</legend>
          {fieldProblem('role') && (
            <p className="field__error" id="invite-role-error" role="alert">
              {fieldProblem('role')}
            </p>
          )}
          {inviteRoles.map((role) => (
            <Choice
              key={role}
              name="invite-role"
              value={role}
              label={t(`roles.${role}`)}
              checked={choice.role === role}
              onChange={() => change({ role })}
            />
          ))}
        </fieldset>
        <Field
          label={t('invite.destination')}
          hint={t('invite.destinationHint')}
          autoComplete="off"
          value={choice.destination}
          error={fieldProblem('destination')}
          onChange={(event) => change({ destination: event.target.value })}
        />
        <Field
          label={t('invite.name')}
          autoComplete="off"
          value={choice.displayName}
          error={fieldProblem('displayName')}
          onChange={(event) => change({ displayName: event.target.value })}
        />
        <Choice
          type="checkbox"
          label={t('invite.admitOnArrival')}
          hint={t('invite.admitOnArrivalHint')}
          checked={choice.admitOnArrival}
          onChange={(event) => change({ admitOnArrival: event.target.checked })}
        />
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('invite.sending') : t('invite.send')}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            {t('invite.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
