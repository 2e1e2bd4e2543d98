import type { Appointment, AppointmentRequest } from '@clinicall/shared';
import { describeDuration } from '../../ui/zoned-time.ts';
import { formatTime } from '../../ui/format-time.ts';
import { pastWords, requestWindow, statusWords } from './appointment-words.ts';
import { staffWhen } from './staff-when.ts';

const When = ({ appointment }: { appointment: Appointment }) => (
  <span className="appointment-when">
    {staffWhen(new Date(appointment.startsAt), appointment.timeZone)} ·{' '}
    {describeDuration(appointment.durationMinutes)}
  </span>
);

const Extras = ({ appointment }: { appointment: Appointment }) =>
  appointment.extras.length > 0 ? (
    <span className="muted">
      With{' '}
      {appointment.extras.map((extra) => `${extra.displayName} (${extra.role.replace('-', ' ')})`).join(', ')}
    </span>
  ) : null;

interface UpcomingProps {
  readonly appointment: Appointment;
  readonly onReschedule: () => void;
  readonly onCancel: () => void;
}

/** Proposed or scheduled: when, with whom, its state; move it or cancel it. */
export const UpcomingItem = ({ appointment, onReschedule, onCancel }: UpcomingProps) => (
  <li
    className="appointment-item"
    data-testid="upcoming-appointment"
    data-appointment-id={appointment.id}
    data-status={appointment.status}
  >
    <div className="appointment-item__main">
      <span>
        <strong>{appointment.patientName}</strong>{' '}
        <span className={`badge badge--${appointment.status}`}>{statusWords[appointment.status]}</span>
      </span>
      <When appointment={appointment} />
      <Extras appointment={appointment} />
      {appointment.note && <span className="muted">Note: {appointment.note}</span>}
    </div>
    <div className="appointment-item__actions">
      <button
        className="button"
        type="button"
        aria-label={`Reschedule ${appointment.patientName}'s appointment`}
        onClick={onReschedule}
      >
        Reschedule
      </button>
      <button
        className="button button--danger"
        type="button"
        aria-label={`Cancel ${appointment.patientName}'s appointment`}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  </li>
);

/** Declined by the patient: their reason and preferred times, and a new proposal. */
export const NeedsActionItem = ({
  appointment,
  onProposeAgain,
}: {
  appointment: Appointment;
  onProposeAgain: () => void;
}) => (
  <li
    className="appointment-item appointment-item--attention"
    data-testid="needs-action"
    data-appointment-id={appointment.id}
  >
    <div className="appointment-item__main">
      <span>
        <strong>{appointment.patientName}</strong>{' '}
        <span className="badge badge--rejected">{statusWords.rejected}</span>
      </span>
      <When appointment={appointment} />
      <span data-testid="rejection-reason">
        {appointment.rejection?.reason ? `Reason: “${appointment.rejection.reason}”` : 'No reason given'}
      </span>
      {appointment.rejection?.preferredTimes && (
        <span data-testid="preferred-times">
          Times that suit them: “{appointment.rejection.preferredTimes}”
        </span>
      )}
    </div>
    <div className="appointment-item__actions">
      <button
        className="button button--primary"
        type="button"
        aria-label={`Propose another time to ${appointment.patientName}`}
        onClick={onProposeAgain}
      >
        Propose another time
      </button>
    </div>
  </li>
);

/** A patient asked for an appointment (after a missed call, or from their portal). */
export const RequestItem = ({
  request,
  onPropose,
}: {
  request: AppointmentRequest;
  onPropose: () => void;
}) => (
  <li
    className="appointment-item appointment-item--attention"
    data-testid="appointment-request"
    data-request-id={request.id}
  >
    <div className="appointment-item__main">
      <span>
        <strong>{request.patientName}</strong>{' '}
        <span className="muted">
          asked {formatTime(request.createdAt)}
          {request.missedCallId ? ', after a missed call' : ''}
        </span>
      </span>
      <span className="appointment-when">{requestWindow(request)}</span>
      {request.note && <span>“{request.note}”</span>}
    </div>
    <div className="appointment-item__actions">
      <button
        className="button button--primary"
        type="button"
        aria-label={`Propose appointment to ${request.patientName}`}
        onClick={onPropose}
      >
        Propose appointment
      </button>
    </div>
  </li>
);

/** Done, missed or cancelled, with the outcome recorded. */
export const PastItem = ({ appointment }: { appointment: Appointment }) => (
  <li
    className="appointment-item"
    data-testid="past-appointment"
    data-appointment-id={appointment.id}
    data-status={appointment.status}
  >
    <div className="appointment-item__main">
      <span>
        <strong>{appointment.patientName}</strong>{' '}
        <span className={`badge badge--${appointment.status}`}>{pastWords(appointment)}</span>
      </span>
      <When appointment={appointment} />
    </div>
  </li>
);
