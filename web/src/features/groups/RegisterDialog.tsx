import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type Patient } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { siteConfig } from '../../config.ts';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { formatDate } from '../../ui/format-patient.ts';
import {
  consultNowRequest,
  defaultChannel,
  type DestinationChoice,
  DestinationFields,
} from '../consult-now/index.ts';
import { usePatients } from '../patients/index.ts';
import { groupLimit } from './registrations.ts';

interface RegisterDialogProps {
  readonly consultationId: string;
  readonly token: string;
  readonly onRegistered: (message: string) => void;
  readonly onClose: () => void;
}

type Problems = Partial<Record<'oneOff' | 'displayName' | 'form', string>>;

/**
 * "Register people": a patient from the directory, or someone not on record by mobile or email
 * and name. Each gets their own link to the session's waiting area.
 */
export const RegisterDialog = ({ consultationId, token, onRegistered, onClose }: RegisterDialogProps) => {
  const { t } = useTranslation('groups');
  // The same destination rules and words as Consult Now: one-off numbers, channels, problems.
  const { t: consultNow } = useTranslation('consultNow');
  const [query, setQuery] = useState('');
  const [onRecord, setOnRecord] = useState(true);
  const [patient, setPatient] = useState<Patient>();
  const search = usePatients(token, onRecord && !patient ? query : '', 0);
  const [choice, setChoice] = useState<DestinationChoice>({
    channel: defaultChannel(undefined, siteConfig().consultNowChannel),
    oneOff: '',
    useOneOff: false,
    displayName: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<DestinationChoice>) => {
    setProblems({});
    setChoice((previous) => ({ ...previous, ...changes }));
  };
  const choose = (chosen: Patient | undefined) => {
    setPatient(chosen);
    setProblems({});
    setChoice((previous) => ({
      ...previous,
      channel: defaultChannel(chosen, siteConfig().consultNowChannel),
      useOneOff: false,
      oneOff: '',
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (onRecord && !patient) return setProblems({ form: t('register.choosePatient') });
    const person = onRecord ? patient : undefined;
    if (!person && !choice.displayName.trim()) return setProblems({ displayName: t('register.nameNeeded') });
    const answer = consultNowRequest(person, choice, consultNow);
    if (!answer.ok) return setProblems({ [answer.field]: answer.problem });
    setBusy(true);
    setProblems({});
    try {
      const { link } = await call(operations.register, {
        params: { id: consultationId },
        body: answer.body,
        token,
      });
      onRegistered(
        t('register.sent', { channel: consultNow(`channel.inText.${link.channel}`), sentTo: link.sentTo }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'participant-limit') setFull(true);
      else if (error instanceof ApiError && error.fields.length > 0) {
        const field = error.fields[0]!.field;
        setProblems({
          [field === 'displayName'
            ? 'displayName'
            : field === 'mobile' || field === 'email'
              ? 'oneOff'
              : 'form']: error.fields[0]!.message,
        });
      } else setProblems({ form: error instanceof ApiError ? error.message : t('register.failed') });
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('register.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="group-register">
        {full && (
          <div className="notice notice--error" role="alert" data-testid="group-full">
            <strong>{t('register.fullTitle')}</strong> {t('register.full', { limit: groupLimit })}
          </div>
        )}
        {problems.form && <Notice tone="error">{problems.form}</Notice>}
        <fieldset className="choices choices--inline">
          <legend>{t('register.who')}</legend>
          <Choice
            name="register-who"
            value="record"
            label={t('register.onRecord')}
            checked={onRecord}
            onChange={() => {
              setOnRecord(true);
              choose(undefined);
            }}
          />
          <Choice
            name="register-who"
            value="other"
            label={t('register.notOnRecord')}
            checked={!onRecord}
            onChange={() => {
              setOnRecord(false);
              choose(undefined);
            }}
          />
        </fieldset>
        {onRecord && !patient && (
          <>
            <Field
              label={t('register.search')}
              hint={t('register.searchHint')}
              type="search"
              autoComplete="off"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            {search.problem && <p className="muted">{search.problem}</p>}
            <ul
              className="group-register__results"
              aria-busy={search.loading}
              aria-label={t('register.results')}
            >
              {search.patients.slice(0, 8).map((found) => (
                <li key={found.id}>
                  <button className="button button--quiet" type="button" onClick={() => choose(found)}>
                    {t('register.patient', {
                      name: `${found.givenName} ${found.familyName}`,
                      born: formatDate(found.dateOfBirth),
                    })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {onRecord && patient && (
          <p className="group-register__chosen">
            <strong>
              {t('register.patient', {
                name: `${patient.givenName} ${patient.familyName}`,
                born: formatDate(patient.dateOfBirth),
              })}
            </strong>{' '}
            <button className="button button--quiet" type="button" onClick={() => choose(undefined)}>
              {t('register.change')}
            </button>
          </p>
        )}
        {!onRecord && (
          <Field
            label={t('register.name')}
            hint={t('register.nameHint')}
            autoComplete="off"
            value={choice.displayName}
            error={problems.displayName}
            onChange={(event) => update({ displayName: event.target.value })}
          />
        )}
        {(!onRecord || patient) && (
          <DestinationFields
            patient={onRecord ? patient : undefined}
            choice={choice}
            oneOffProblem={problems.oneOff}
            update={update}
            name="register-channel"
          />
        )}
        <p className="muted">{t('register.linkWindow')}</p>
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('register.sending') : t('register.send')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
