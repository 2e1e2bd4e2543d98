import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('appointments');
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
      onDone(t('cancel.done', { name: appointment.patientName }));
    } catch (error) {
      setProblem(
        error instanceof ApiError ? error.message : t('cancel.couldNotCancel'),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('cancel.title', { name: appointment.patientName })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{staffWhen(new Date(appointment.startsAt), appointment.timeZone, t)}</p>
        {problem && <Notice tone="error">{problem}</Notice>}
        <div className="field">
          <label htmlFor="cancel-reason">{t('cancel.reason')}</label>
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
            {busy ? t('cancel.cancelling') : t('cancel.confirm')}
          </button>
          <button className="button" type="button" onClick={onClose}>
            {t('cancel.keep')}
          </button>
        </div>
      </form>
    </Dialog>
  );
};
