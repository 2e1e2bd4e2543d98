import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, type LinkView, operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { siteConfig } from '../../config.ts';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { consultNowRequest, defaultChannel, type DestinationChoice } from './destination.ts';
import { DestinationFields } from './DestinationFields.tsx';
import { linkLifetime, linkTtlSeconds } from './link-lifetime.ts';

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

/** Where the Consult Now link goes: the patient's mobile or email, a one-off destination, or someone not on record. */
export const ConsultNowForm = ({ token, patient, onSent, onCancel }: ConsultNowFormProps) => {
  const { t } = useTranslation('consultNow');
  const [choice, setChoice] = useState<DestinationChoice>({ channel: defaultChannel(patient, siteConfig().consultNowChannel), oneOff: '', useOneOff: false, displayName: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<DestinationChoice>) => {
    // A field being corrected loses its error at once.
    setProblems(({ oneOff, displayName, ...rest }) => ({
      ...rest,
      ...(!('oneOff' in changes) && !('channel' in changes) && oneOff && { oneOff }),
      ...(!('displayName' in changes) && displayName && { displayName }),
    }));
    setChoice((previous) => ({ ...previous, ...changes }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = consultNowRequest(patient, choice, t);
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
        setProblems({ form: error instanceof ApiError ? error.message : t('couldNotSend') });
      }
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('intro', { lifetime: linkLifetime(linkTtlSeconds(), t) })}</p>
      {problems.form && <Notice tone="error">{problems.form}</Notice>}
      {!patient && (
        <Field
          label={t('theirName')}
          hint={t('theirNameHint')}
          autoComplete="off"
          value={choice.displayName}
          error={problems.displayName}
          onChange={(event) => update({ displayName: event.target.value })}
        />
      )}
      <DestinationFields patient={patient} choice={choice} oneOffProblem={problems.oneOff} update={update} name="channel" />
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('sending') : t('send')}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
};
