import { type FormEvent, useState } from 'react';
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
  readonly onInvited: (message: string) => void;
  readonly onCancel: () => void;
}

/** The host invites an interpreter, a support person or a colleague, with their own single-use link. */
export const InviteDialog = ({ consultationId, token, onInvited, onCancel }: InviteDialogProps) => {
  const [choice, setChoice] = useState<InviteChoice>({ role: undefined, destination: '', displayName: '', admitOnArrival: false });
  const [problem, setProblem] = useState<{ field?: string; message: string }>();
  const [busy, setBusy] = useState(false);
  const change = (update: Partial<InviteChoice>) => setChoice((previous) => ({ ...previous, ...update }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = inviteRequest(choice);
    if (!answer.ok) return setProblem({ field: answer.field, message: answer.problem });
    setBusy(true);
    setProblem(undefined);
    try {
      const { link } = await call(operations.invite, { params: { id: consultationId }, body: answer.body, token });
      const who = inviteRoles.find((role) => role.value === answer.body.role)?.label ?? 'They';
      onInvited(`Invitation sent to ${link.sentTo}. ${who} ${answer.body.admitOnArrival ? 'will join the call when they arrive' : 'will wait until you admit them'}.`);
    } catch (error) {
      const field = error instanceof ApiError ? error.fields[0] : undefined;
      setProblem({
        ...(field && { field: field.field === 'displayName' ? 'displayName' : 'destination' }),
        message: field?.message ?? (error instanceof ApiError ? error.message : 'The invitation could not be sent. Try again.'),
      });
      setBusy(false);
    }
  };

  const fieldProblem = (field: string) => (problem?.field === field ? problem.message : undefined);
  return (
    <Dialog title="Invite someone" onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {problem && !problem.field && <Notice tone="error">{problem.message}</Notice>}
        <fieldset className="choices" aria-describedby={fieldProblem('role') ? 'invite-role-error' : undefined}>
          <legend>Who are you inviting?</legend>
          {fieldProblem('role') && (
            <p className="field__error" id="invite-role-error" role="alert">
              {fieldProblem('role')}
            </p>
          )}
          {inviteRoles.map((role) => (
            <Choice key={role.value} name="invite-role" value={role.value} label={role.label} checked={choice.role === role.value} onChange={() => change({ role: role.value })} />
          ))}
        </fieldset>
        <Field
          label="Mobile number or email"
          hint="A mobile number with its country code, for example +46 70 123 45 67, or an email address."
          autoComplete="off"
          value={choice.destination}
          error={fieldProblem('destination')}
          onChange={(event) => change({ destination: event.target.value })}
        />
        <Field
          label="Their name (optional)"
          autoComplete="off"
          value={choice.displayName}
          error={fieldProblem('displayName')}
          onChange={(event) => change({ displayName: event.target.value })}
        />
        <Choice
          type="checkbox"
          label="Admit when they arrive"
          hint="Otherwise they wait until you admit them."
          checked={choice.admitOnArrival}
          onChange={(event) => change({ admitOnArrival: event.target.checked })}
        />
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Send invitation'}
          </button>
          <button className="button" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
};
