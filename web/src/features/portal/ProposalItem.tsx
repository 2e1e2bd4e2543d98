import { type FormEvent, useId, useState } from 'react';
import { acceptAppointment, type Appointment, declineAppointment } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { AppointmentWhen } from './AppointmentWhen.tsx';

interface ProposalItemProps {
  readonly session: string;
  readonly appointment: Appointment;
  readonly onAnswered: (message: string) => void;
}

const limit = 500;

/** One proposal on the to-do list: accept it, or decline it saying why and what would suit. */
export const ProposalItem = ({ session, appointment, onAnswered }: ProposalItemProps) => {
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [preferredTimes, setPreferredTimes] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      onAnswered(done);
    } catch (error) {
      setBusy(false);
      setProblem(error instanceof ApiError ? error.message : 'Your answer could not be sent. Try again.');
    }
  };

  const accept = () =>
    act(
      () => acceptAppointment(session, appointment.id),
      'Appointment accepted. You will find it under Appointments.',
    );

  const decline = (event: FormEvent) => {
    event.preventDefault();
    if (reason.length > limit || preferredTimes.length > limit)
      return setProblem(`Use at most ${limit} characters.`);
    const body = {
      ...(reason.trim() && { reason: reason.trim() }),
      ...(preferredTimes.trim() && { preferredTimes: preferredTimes.trim() }),
    };
    void act(
      () => declineAppointment(session, appointment.id, body),
      `Declined. ${appointment.clinicianName}'s team has been told.`,
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
        Proposed appointment
      </h3>
      <AppointmentWhen appointment={appointment} />
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {declining ? (
        <form onSubmit={decline} noValidate aria-label="Decline the appointment">
          <div className="field">
            <label htmlFor={`${id}-reason`}>Why does this time not suit you? (optional)</label>
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
            <label htmlFor={`${id}-times`}>Which times would suit you? (optional)</label>
            <p className="field__hint" id={`${id}-times-hint`}>
              For example: weekday mornings, or after 4 pm
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
              {busy ? 'Sending…' : 'Decline appointment'}
            </button>
            <button className="button" type="button" disabled={busy} onClick={() => setDeclining(false)}>
              Back
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
            {busy ? 'Sending…' : 'Accept'}
          </button>
          <button className="button" type="button" disabled={busy} onClick={() => setDeclining(true)}>
            Decline
          </button>
        </div>
      )}
    </li>
  );
};
