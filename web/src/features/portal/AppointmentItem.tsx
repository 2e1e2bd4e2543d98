import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantSession } from '../../api/participant.ts';
import { type Appointment, joinAppointment } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { useNow } from '../../ui/use-now.ts';
import { AppointmentWhen } from './AppointmentWhen.tsx';
import { canJoin, outcomeWords, patientStatusWords } from './appointment-words.ts';

interface AppointmentItemProps {
  readonly session: string;
  readonly appointment: Appointment;
  readonly past?: boolean;
  readonly onJoined: (participant: ParticipantSession) => void;
}

const JoinButton = ({ session, appointment, onJoined }: Omit<AppointmentItemProps, 'past'>) => {
  const { t } = useTranslation('portal');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const join = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      onJoined(await joinAppointment(session, appointment.id));
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : t('appointment.joinFailed'));
    }
  };
  return (
    <>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button
        className="button button--primary button--block"
        type="button"
        disabled={busy}
        onClick={() => void join()}
      >
        {busy ? t('appointment.joining') : t('appointment.join')}
      </button>
    </>
  );
};

/** A booked appointment (with Join once it is near), or a past one with how it went. */
export const AppointmentItem = ({ session, appointment, past = false, onJoined }: AppointmentItemProps) => {
  const { t } = useTranslation('portal');
  const now = useNow();
  return (
    <li
      className="portal-item"
      data-testid={past ? 'past-appointment' : 'appointment'}
      data-appointment-id={appointment.id}
      data-status={appointment.status}
    >
      <span className={`badge badge--${appointment.status}`}>
        {past ? outcomeWords(appointment) : patientStatusWords(appointment.status)}
      </span>
      <AppointmentWhen appointment={appointment} />
      {!past && canJoin(appointment, now) && (
        <JoinButton session={session} appointment={appointment} onJoined={onJoined} />
      )}
      {!past && appointment.status === 'scheduled' && !canJoin(appointment, now) && (
        <p className="muted">{t('appointment.joinFrom')}</p>
      )}
    </li>
  );
};
