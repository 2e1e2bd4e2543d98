import { type FormEvent, useState } from 'react';
import { type Appointment, operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { staffWhen } from './staff-when.ts';

interface CancelAppointmentDialogProps {
  readonly token: string;
  readonly appointment: Appointment;
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

/** Cancel with an optional reason; the patient is told. */
export const CancelAppointmentDialog = ({
  token,
  appointment,
  onDone,
  onClose,
}: CancelAppointmentDialogProps) => {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const trimmed = reason.trim();
      await call(operations.cancelAppointment, {
        token,
        params: { id: appointment.id },
        body: trimmed ? { reason: trimmed } : {},
      });
      onDone(`${appointment.patientName}'s appointment was cancelled. They have been told.`);
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.message : 'The appointment could not be cancelled. Try again.',
      );
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Cancel ${appointment.patientName}'s appointment?`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{staffWhen(new Date(appointment.startsAt), appointment.timeZone)}</p>
        {problem && <Notice tone="error">{problem}</Notice>}
        <div className="field">
          <label htmlFor="cancel-reason">Reason, for the patient (optional)</label>
          <textarea
            id="cancel-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="actions">
          <button className="button button--danger" type="submit" disabled={busy}>
            {busy ? 'Cancelling…' : 'Cancel appointment'}
          </button>
          <button className="button" type="button" onClick={onClose}>
            Keep it
          </button>
        </div>
      </form>
    </Dialog>
  );
};
