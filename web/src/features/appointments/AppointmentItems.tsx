import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentRequest } from '@clinicall/shared';
import { describeDuration } from '../../ui/zoned-time.ts';
import { formatTime } from '../../ui/format-time.ts';
import { pastWords, requestWindow, statusWords } from './appointment-words.ts';
import { type ExtraRole, extraRoles } from './proposal.ts';
import { staffWhen } from './staff-when.ts';

const When = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation('appointments');
  return (
    <span className="appointment-when">
      {staffWhen(new Date(appointment.startsAt), appointment.timeZone, t)} · {describeDuration(appointment.durationMinutes)}
    </span>
  );
};

const Extras = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation('appointments');
  if (appointment.extras.length === 0) return null;
  const roleOf = (role: string) => (extraRoles.includes(role as ExtraRole) ? t(`roleInText.${role as ExtraRole}`) : role.replace('-', ' '));
  const people = appointment.extras.map((extra) => t('item.extra', { name: extra.displayName, role: roleOf(extra.role) })).join(', ');
  return <span className="muted">{t('item.with', { people })}</span>;
};

interface UpcomingProps {
  readonly appointment: Appointment;
  readonly onReschedule: () => void;
  readonly onCancel: () => void;
}

/** Proposed or scheduled: when, with whom, its state; move it or cancel it. */
export const UpcomingItem = ({ appointment, onReschedule, onCancel }: UpcomingProps) => {
  const { t } = useTranslation('appointments');
  const name = appointment.patientName;
  return (
    <li className="appointment-item" data-testid="upcoming-appointment" data-appointment-id={appointment.id} data-status={appointment.status}>
      <div className="appointment-item__main">
        <span>
          <strong>{name}</strong> <span className={`badge badge--${appointment.status}`}>{statusWords(appointment.status, t)}</span>
        </span>
        <When appointment={appointment} />
        <Extras appointment={appointment} />
        {appointment.note && <span className="muted">{t('item.note', { note: appointment.note })}</span>}
      </div>
      <div className="appointment-item__actions">
        <button className="button" type="button" aria-label={t('item.rescheduleName', { name })} onClick={onReschedule}>
          {t('item.reschedule')}
        </button>
        <button className="button button--danger" type="button" aria-label={t('item.cancelName', { name })} onClick={onCancel}>
          {t('item.cancel')}
        </button>
      </div>
    </li>
  );
};

/** Declined by the patient: their reason and preferred times, and a new proposal. */
export const NeedsActionItem = ({ appointment, onProposeAgain }: { appointment: Appointment; onProposeAgain: () => void }) => {
  const { t } = useTranslation('appointments');
  return (
    <li className="appointment-item appointment-item--attention" data-testid="needs-action" data-appointment-id={appointment.id}>
      <div className="appointment-item__main">
        <span>
          <strong>{appointment.patientName}</strong> <span className="badge badge--rejected">{statusWords('rejected', t)}</span>
        </span>
        <When appointment={appointment} />
        <span data-testid="rejection-reason">
          {appointment.rejection?.reason ? t('item.reason', { reason: appointment.rejection.reason }) : t('item.noReason')}
        </span>
        {appointment.rejection?.preferredTimes && (
          <span data-testid="preferred-times">{t('item.preferredTimes', { times: appointment.rejection.preferredTimes })}</span>
        )}
      </div>
      <div className="appointment-item__actions">
        <button
          className="button button--primary"
          type="button"
          aria-label={t('item.proposeAnotherTo', { name: appointment.patientName })}
          onClick={onProposeAgain}
        >
          {t('item.proposeAnother')}
        </button>
      </div>
    </li>
  );
};

/** A patient asked for an appointment (after a missed call, or from their portal). */
export const RequestItem = ({ request, onPropose }: { request: AppointmentRequest; onPropose: () => void }) => {
  const { t } = useTranslation('appointments');
  const asked = { time: formatTime(request.createdAt) };
  return (
    <li className="appointment-item appointment-item--attention" data-testid="appointment-request" data-request-id={request.id}>
      <div className="appointment-item__main">
        <span>
          <strong>{request.patientName}</strong>{' '}
          <span className="muted">{request.missedCallId ? t('item.askedAfterMissedCall', asked) : t('item.askedAt', asked)}</span>
        </span>
        <span className="appointment-when">{requestWindow(request, t)}</span>
        {request.note && <span>{t('item.quoted', { text: request.note })}</span>}
      </div>
      <div className="appointment-item__actions">
        <button className="button button--primary" type="button" aria-label={t('item.proposeTo', { name: request.patientName })} onClick={onPropose}>
          {t('item.propose')}
        </button>
      </div>
    </li>
  );
};

/** Done, missed or cancelled, with the outcome recorded. */
export const PastItem = ({ appointment }: { appointment: Appointment }) => {
  const { t } = useTranslation('appointments');
  return (
    <li className="appointment-item" data-testid="past-appointment" data-appointment-id={appointment.id} data-status={appointment.status}>
      <div className="appointment-item__main">
        <span>
          <strong>{appointment.patientName}</strong> <span className={`badge badge--${appointment.status}`}>{pastWords(appointment, t)}</span>
        </span>
        <When appointment={appointment} />
      </div>
    </li>
  );
};
