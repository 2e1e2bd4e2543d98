import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Choice } from '../../ui/Choice.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { browserZone } from '../../ui/zoned-time.ts';
import { organisationZone, WhenPreview } from '../appointments/index.ts';
import { ownStaffId } from './own-staff-id.ts';
import { type SessionChoice, type SessionProblem, sessionRequest } from './group-session.ts';
import { useStaffGroup } from '../../api/use-staff-group.ts';

interface NewGroupSessionDialogProps {
  readonly token: string;
  readonly onCreated: () => void;
  readonly onClose: () => void;
}

const durations = [30, 45, 60, 90, 120, 180, 240];

const today = () => {
  const date = new Date();
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

type Problems = Partial<Record<keyof SessionChoice | 'form', string>>;

/** "New group session": title, when (in the organisation's zone), how long, a description and co-moderators. */
export const NewGroupSessionDialog = ({ token, onCreated, onClose }: NewGroupSessionDialogProps) => {
  const { t } = useTranslation(['groups', 'errors']);
  const clinicians = useStaffGroup(token, 'clinician');
  const me = ownStaffId(token);
  const timeZone = organisationZone() ?? browserZone();
  const [choice, setChoice] = useState<SessionChoice>({
    title: '',
    date: today(),
    time: '',
    durationMinutes: 60,
    description: '',
    coHostIds: [],
  });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<SessionChoice>) => {
    setChoice((previous) => ({ ...previous, ...changes }));
    setProblems((previous) =>
      Object.fromEntries(
        Object.entries(previous).filter(([field]) => !(field in changes) && field !== 'form'),
      ),
    );
  };
  const words = (problem: SessionProblem | undefined) =>
    problem ? t(`create.problems.${problem}`) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = sessionRequest(choice, timeZone, Date.now());
    if (!answer.ok)
      return setProblems(
        Object.fromEntries(
          Object.entries(answer.problems).map(([field, problem]) => [field, words(problem)]),
        ),
      );
    setBusy(true);
    try {
      await call(operations.createConsultation, { token, body: answer.body });
      onCreated();
      onClose();
    } catch (error) {
      const field = error instanceof ApiError ? error.fields[0] : undefined;
      const known = field && ['title', 'description', 'durationMinutes', 'coHostIds'].includes(field.field);
      // The server's field problems are in English: the field is marked, in the page's words.
      setProblems(
        known
          ? { [field.field]: t('checkAnswer', { ns: 'errors' }) }
          : { form: error instanceof ApiError ? error.message : t('create.failed') },
      );
      setBusy(false);
    }
  };

  const coHostChoices = (clinicians ?? []).filter((clinician) => clinician.id !== me);
  return (
    <Dialog title={t('create.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="group-session-form">
        {problems.form && <Notice tone="error">{problems.form}</Notice>}
        <Field
          label={t('create.sessionTitle')}
          hint={t('create.sessionTitleHint')}
          autoComplete="off"
          maxLength={120}
          value={choice.title}
          error={problems.title}
          onChange={(event) => update({ title: event.target.value })}
        />
        <div className="grid-2">
          <DateField
            legend={t('create.date')}
            initial={choice.date}
            example={today()}
            problem={problems.date}
            onChange={(date) => update({ date })}
          />
          <Field
            label={t('create.time')}
            inputMode="numeric"
            placeholder={t('create.timePlaceholder')}
            autoComplete="off"
            hint={t('create.timeHint')}
            value={choice.time}
            error={problems.time}
            onChange={(event) => update({ time: event.target.value })}
          />
        </div>
        <WhenPreview date={choice.date} time={choice.time} timeZone={timeZone} />
        <div className={problems.durationMinutes ? 'field field--error' : 'field'}>
          <label htmlFor="group-duration">{t('create.duration')}</label>
          {problems.durationMinutes && (
            <p className="field__error" role="alert">
              {problems.durationMinutes}
            </p>
          )}
          <select
            id="group-duration"
            value={choice.durationMinutes}
            onChange={(event) => update({ durationMinutes: Number(event.target.value) })}
          >
            {durations.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('create.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
        <div className={problems.description ? 'field field--error' : 'field'}>
          <label htmlFor="group-description">{t('create.description')}</label>
          <p className="field__hint">{t('create.descriptionHint')}</p>
          {problems.description && (
            <p className="field__error" role="alert">
              {problems.description}
            </p>
          )}
          <textarea
            id="group-description"
            rows={3}
            maxLength={1000}
            value={choice.description}
            onChange={(event) => update({ description: event.target.value })}
          />
        </div>
        <fieldset className="choices">
          <legend>{t('create.coHosts')}</legend>
          <p className="field__hint">{t('create.coHostsHint')}</p>
          {problems.coHostIds && (
            <p className="field__error" role="alert">
              {problems.coHostIds}
            </p>
          )}
          {clinicians === undefined && <p className="muted">{t('loading')}</p>}
          {clinicians && coHostChoices.length === 0 && (
            <p className="muted">{t('create.noOtherClinicians')}</p>
          )}
          {coHostChoices.map((clinician) => (
            <Choice
              key={clinician.id}
              type="checkbox"
              label={clinician.name || clinician.email}
              checked={choice.coHostIds.includes(clinician.id)}
              onChange={(event) =>
                update({
                  coHostIds: event.target.checked
                    ? [...choice.coHostIds, clinician.id]
                    : choice.coHostIds.filter((id) => id !== clinician.id),
                })
              }
            />
          ))}
        </fieldset>
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('create.creating') : t('create.create')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
