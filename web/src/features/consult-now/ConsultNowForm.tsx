import { type FormEvent, useState } from 'react';
import { callTypes, type Consultation, type LinkView, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { siteConfig } from '../../config.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { formatMobile } from '../patients/format.ts';
import { type Channel, consultNowRequest, defaultChannel, type DestinationChoice, recordedDestination } from './destination.ts';

export interface SentLink {
  readonly consultation: Consultation;
  readonly link: LinkView;
}

interface ConsultNowFormProps {
  readonly token: string;
  /** The patient on record; none for someone not on record. */
  readonly patient?: Patient | undefined;
  readonly onSent: (sent: SentLink) => void;
  readonly onCancel: () => void;
}

type Problems = Partial<Record<'oneOff' | 'displayName' | 'form', string>>;

const channelLabels: Record<Channel, string> = { sms: 'Text message (SMS)', email: 'Email' };

/** Where the Consult Now link goes: the patient's mobile or email, a one-off destination, or someone not on record. */
export const ConsultNowForm = ({ token, patient, onSent, onCancel }: ConsultNowFormProps) => {
  const [choice, setChoice] = useState<DestinationChoice>({ channel: defaultChannel(patient, siteConfig().consultNowChannel), oneOff: '', useOneOff: false, displayName: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<DestinationChoice>) => setChoice((previous) => ({ ...previous, ...changes }));

  const recorded = recordedDestination(patient, choice.channel);
  const showOneOff = !recorded || choice.useOneOff;
  const oneOffLabel = choice.channel === 'sms' ? 'Mobile number' : 'Email address';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = consultNowRequest(patient, choice);
    if (!answer.ok) return setProblems({ [answer.field]: answer.problem });
    setProblems({});
    setBusy(true);
    try {
      onSent(await call(operations.consultNow, { token, body: answer.body }));
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setProblems(
          Object.fromEntries(error.fields.map((f) => [f.field === 'displayName' ? 'displayName' : f.field === 'mobile' || f.field === 'email' ? 'oneOff' : 'form', f.message])),
        );
      } else {
        setProblems({ form: error instanceof ApiError ? error.message : 'The link could not be sent. Try again.' });
      }
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>
        A single-use link is sent now. It must be opened within {callTypes['consult-now'].link.validMinutes} minutes; you can
        give more time from your dashboard.
      </p>
      {problems.form && <Notice tone="error">{problems.form}</Notice>}
      {!patient && (
        <Field
          label="Their name (optional)"
          hint="So you recognise them in the waiting room."
          autoComplete="off"
          value={choice.displayName}
          error={problems.displayName}
          onChange={(event) => update({ displayName: event.target.value })}
        />
      )}
      <fieldset className="choices">
        <legend>Send the link by</legend>
        {(['sms', 'email'] as const).map((channel) => {
          const destination = recordedDestination(patient, channel);
          const hint = !patient
            ? undefined
            : destination
              ? `to ${channel === 'sms' ? formatMobile(destination) : destination}`
              : `no ${channel === 'sms' ? 'mobile number' : 'email address'} on record`;
          return (
            <Choice
              key={channel}
              name="channel"
              value={channel}
              label={channelLabels[channel]}
              hint={hint}
              checked={choice.channel === channel}
              onChange={() => update({ channel })}
            />
          );
        })}
      </fieldset>
      {patient && recorded && (
        <Choice
          type="checkbox"
          label={`Send to a different ${choice.channel === 'sms' ? 'mobile number' : 'email address'} this time`}
          checked={choice.useOneOff}
          onChange={(event) => update({ useOneOff: event.target.checked })}
        />
      )}
      {showOneOff && (
        <Field
          label={patient ? `${oneOffLabel} for this link` : oneOffLabel}
          hint={
            patient
              ? "Used for this link only: it does not change the patient's record."
              : choice.channel === 'sms'
                ? 'For example 07700 900123, or +46 70 123 45 67 from abroad'
                : undefined
          }
          type={choice.channel === 'sms' ? 'tel' : 'email'}
          inputMode={choice.channel === 'sms' ? 'tel' : 'email'}
          autoComplete="off"
          value={choice.oneOff}
          error={problems.oneOff}
          onChange={(event) => update({ oneOff: event.target.value })}
        />
      )}
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send link'}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
