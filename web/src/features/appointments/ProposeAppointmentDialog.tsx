import { type FormEvent, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Appointment, operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Choice } from '../../ui/Choice.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { ExtrasFields } from './ExtrasFields.tsx';
import { type ProposalChoice, proposalRequest, type Problems, rescheduleRequest } from './proposal.ts';
import { WhenPreview } from './WhenPreview.tsx';
import './appointments.css';

/** Whom the proposal is for: a patient (a new appointment), or an appointment to move. */
export type ProposalTarget =
  | {
      readonly kind: 'new';
      readonly patientId: string;
      readonly patientName: string;
      readonly asked?: string | undefined;
      readonly from?: string | undefined;
    }
  | { readonly kind: 'reschedule'; readonly appointment: Appointment };

interface ProposeAppointmentDialogProps {
  readonly token: string;
  readonly target: ProposalTarget;
  readonly timeZone: string | undefined;
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

const durations = [10, 15, 20, 30, 45, 60, 90, 120];

const dayAfter = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const tomorrow = () => dayAfter(1);

const titleOf = (target: ProposalTarget, t: TFunction<'appointments'>) => {
  if (target.kind === 'new') return t('propose.titleNew', { name: target.patientName });
  return target.appointment.status === 'rejected'
    ? t('propose.titleAnother', { name: target.appointment.patientName })
    : t('propose.titleReschedule', { name: target.appointment.patientName });
};

/** 30 → "30 minutes", 60 → "1 hour", 90 → "1 h 30 min". */
const durationWords = (minutes: number, t: TFunction<'appointments'>) => {
  if (minutes < 60) return t('propose.minutes', { count: minutes });
  if (minutes % 60 === 0) return t('propose.hours', { count: minutes / 60 });
  return t('propose.hoursAndMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
};

/** Server field paths → the form's: extras.0.mobile and extras.0.email are the contact field. */
const fieldOf = (field: string) => field.replace(/^(extras\.\d+)\.(mobile|email)$/, '$1.contact');

/** Propose an appointment (date, time in the organisation's zone, length, note, extra people), or a new time for one. */
export const ProposeAppointmentDialog = ({
  token,
  target,
  timeZone,
  onDone,
  onClose,
}: ProposeAppointmentDialogProps) => {
  const { t } = useTranslation('appointments');
  const moving = target.kind === 'reschedule' ? target.appointment : undefined;
  const [choice, setChoice] = useState<ProposalChoice>({
    date:
      (target.kind === 'new' && target.from && target.from >= tomorrow() ? target.from : undefined) ??
      tomorrow(),
    time: '',
    durationMinutes: moving?.durationMinutes ?? 30,
    note: '',
    extras: [],
    channel: 'email',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const update = (changes: Partial<ProposalChoice>) => setChoice((previous) => ({ ...previous, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const zone = moving?.timeZone ?? timeZone;
    setBusy(true);
    setProblems({});
    try {
      if (target.kind === 'new') {
        const answer = proposalRequest(target.patientId, choice, zone, t);
        if (!answer.ok) return setProblems(answer.problems);
        await call(operations.proposeAppointment, { token, body: answer.body });
        onDone(t('propose.proposed', { name: target.patientName }));
      } else {
        const answer = rescheduleRequest(choice, zone, t);
        if (!answer.ok) return setProblems(answer.problems);
        await call(operations.rescheduleAppointment, {
          token,
          params: { id: target.appointment.id },
          body: answer.body,
        });
        onDone(t('propose.newTimeProposed', { name: target.appointment.patientName }));
      }
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0)
        setProblems(Object.fromEntries(error.fields.map((f) => [fieldOf(f.field), f.message])));
      else
        setProblems({
          form: error instanceof ApiError ? error.message : t('propose.couldNotSend'),
        });
    } finally {
      setBusy(false);
    }
  };

  const known = new Set(['date', 'time', 'durationMinutes', 'note', 'extras', 'form']);
  const other = Object.entries(problems).find(([field]) => !known.has(field) && !field.startsWith('extras.'));
  return (
    <Dialog title={titleOf(target, t)} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate className="propose">
        {target.kind === 'new' && target.asked && <p className="notice">{target.asked}</p>}
        {moving?.rejection && (
          <p className="notice" data-testid="rejection">
            {moving.rejection.reason ? t('propose.theySaid', { reason: moving.rejection.reason }) : t('propose.noReason')}
            {moving.rejection.preferredTimes && ` ${t('propose.preferredTimes', { times: moving.rejection.preferredTimes })}`}
          </p>
        )}
        {(problems.form ?? other) && <Notice tone="error">{problems.form ?? other?.[1]}</Notice>}
        <div className="grid-2">
          <DateField
            legend={t('propose.date')}
            initial={choice.date}
            example={tomorrow()}
            problem={problems.date}
            onChange={(date) => update({ date })}
          />
          <Field
            label={t('propose.time')}
            inputMode="numeric"
            placeholder={t('propose.timePlaceholder')}
            autoComplete="off"
            hint={t('propose.timeHint')}
            value={choice.time}
            error={problems.time}
            onChange={(event) => update({ time: event.target.value })}
          />
        </div>
        <WhenPreview date={choice.date} time={choice.time} timeZone={moving?.timeZone ?? timeZone} />
        <div className={problems.durationMinutes ? 'field field--error' : 'field'}>
          <label htmlFor="propose-duration">{t('propose.duration')}</label>
          {problems.durationMinutes && (
            <p className="field__error" role="alert">
              {problems.durationMinutes}
            </p>
          )}
          <select
            id="propose-duration"
            value={choice.durationMinutes}
            onChange={(event) => update({ durationMinutes: Number(event.target.value) })}
          >
            {[...new Set([...durations, choice.durationMinutes])]
              .sort((a, b) => a - b)
              .map((minutes) => (
                <option key={minutes} value={minutes}>
                  {durationWords(minutes, t)}
                </option>
              ))}
          </select>
        </div>
        {target.kind === 'new' && (
          <>
            <div className={problems.note ? 'field field--error' : 'field'}>
              <label htmlFor="propose-note">{t('propose.note')}</label>
              {problems.note && (
                <p className="field__error" role="alert">
                  {problems.note}
                </p>
              )}
              <textarea
                id="propose-note"
                rows={2}
                maxLength={500}
                value={choice.note}
                onChange={(event) => update({ note: event.target.value })}
              />
            </div>
            <ExtrasFields
              extras={choice.extras}
              problems={problems}
              onChange={(extras) => update({ extras })}
            />
            <fieldset className="choices choices--inline">
              <legend>{t('propose.sendBy')}</legend>
              <Choice
                name="propose-channel"
                value="email"
                label={t('propose.email')}
                checked={choice.channel === 'email'}
                onChange={() => update({ channel: 'email' })}
              />
              <Choice
                name="propose-channel"
                value="sms"
                label={t('propose.sms')}
                checked={choice.channel === 'sms'}
                onChange={() => update({ channel: 'sms' })}
              />
            </fieldset>
          </>
        )}
        <div className="actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('propose.sending') : target.kind === 'new' ? t('propose.submitNew') : t('propose.submitNewTime')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('propose.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
