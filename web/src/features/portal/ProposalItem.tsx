import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptAppointment, type Appointment, declineAppointment } from '../../api/portal.ts';
import { useRequest } from '../../api/use-request.ts';
import { AppointmentWhen } from './AppointmentWhen.tsx';

interface ProposalItemProps {
  readonly session: string;
  readonly appointment: Appointment;
  readonly onAnswered: (message: string) => void;
}

const limit = 500;

/** One proposal on the to-do list: accept it, or decline it saying why and what would suit. */
export const ProposalItem = ({ session, appointment, onAnswered }: ProposalItemProps) => {
  const { t } = useTranslation('portal', { keyPrefix: 'proposal' });
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [preferredTimes, setPreferredTimes] = useState('');
  const { busy, problem, run, setProblem } = useRequest(t('failed'));

  const act = async (action: () => Promise<unknown>, done: string) => {
    if (await run(action)) onAnswered(done);
  };

  const accept = () => act(() => acceptAppointment(session, appointment.id), t('accepted'));

  const decline = (event: FormEvent) => {
    event.preventDefault();
    if (reason.length > limit || preferredTimes.length > limit) return setProblem(t('tooLong', { limit }));
    const body = {
      ...(reason.trim() && { reason: reason.trim() }),
      ...(preferredTimes.trim() && { preferredTimes: preferredTimes.trim() }),
    };
    void act(
      () => declineAppointment(session, appointment.id, body),
      t('declined', { name: appointment.clinicianName }),
    );
  };

  return (
    <li
      className="portal-item"
      data-testid="proposal"
      data-appointment-id={appointment.id}
      aria-labelledby={`${id}-title`}
    >
      <h3 className="visually-hidden" id={`${id}-title`}>
        {t('title')}
      </h3>
      <AppointmentWhen appointment={appointment} />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {declining ? (
        <form onSubmit={decline} noValidate aria-label={t('declineForm')}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('reason')}</label>
            <textarea
              id={`${id}-reason`}
              className="portal-textarea"
              rows={2}
              maxLength={limit}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-times`}>{t('times')}</label>
            <p className="field__hint" id={`${id}-times-hint`}>
              {t('timesHint')}
            </p>
            <textarea
              id={`${id}-times`}
              className="portal-textarea"
              rows={2}
              maxLength={limit}
              aria-describedby={`${id}-times-hint`}
              value={preferredTimes}
              onChange={(event) => setPreferredTimes(event.target.value)}
            />
          </div>
          <div className="actions actions--stacked">
            <button className="button button--primary" type="submit" disabled={busy}>
              {busy ? t('sending') : t('declineAppointment')}
            </button>
            <button className="button" type="button" disabled={busy} onClick={() => setDeclining(false)}>
              {t('back')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions actions--stacked">
          <button
            className="button button--primary"
            type="button"
            disabled={busy}
            onClick={() => void accept()}
          >
            {busy ? t('sending') : t('accept')}
          </button>
          <button className="button" type="button" disabled={busy} onClick={() => setDeclining(true)}>
            {t('decline')}
          </button>
        </div>
      )}
    </li>
  );
};
