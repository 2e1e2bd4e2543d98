import { useEffect } from 'react';
import { fullName, missedCallLabels, missedReasonOf, type Patient } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { navigate } from '../../app/router.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { useDirectCall } from './use-direct-call.ts';
import '../appointments/appointments.css';

interface CallPatientDialogProps {
  readonly token: string;
  readonly patient: Patient;
  readonly events: EventStream | undefined;
  readonly onConsultNow: () => void;
  readonly onPropose: () => void;
  readonly onClose: () => void;
}

/** Call Patient: ringing (hang up), then into the call, or why it did not happen and what to do next. */
export const CallPatientDialog = ({
  token,
  patient,
  events,
  onConsultNow,
  onPropose,
  onClose,
}: CallPatientDialogProps) => {
  const name = fullName(patient);
  const { calling, ring, hangUp } = useDirectCall(token, patient.id, events);
  const status = calling.phase === 'call' ? calling.call.status : undefined;
  const consultationId = calling.phase === 'call' ? calling.call.consultationId : undefined;

  useEffect(() => {
    if (status === 'accepted' && consultationId) navigate(`/call/${consultationId}`);
  }, [status, consultationId]);

  const missed = status ? missedReasonOf(status) : undefined;
  const ringing = calling.phase === 'starting' || status === 'ringing';

  const close = () => {
    if (status === 'ringing') void hangUp();
    onClose();
  };

  return (
    <Dialog title={`Call ${name}`} onClose={close}>
      <div
        className="calling"
        data-testid="calling"
        data-status={calling.phase === 'call' ? status : calling.phase}
      >
        {ringing && (
          <>
            <div className="calling__pulse" aria-hidden="true" />
            <p role="status">
              {calling.phase === 'call' && calling.call.ringingAt
                ? `Ringing on ${patient.givenName}'s device…`
                : `Calling ${name}…`}
            </p>
            <div className="actions">
              <button
                className="button button--end"
                type="button"
                onClick={() => void hangUp()}
                disabled={calling.phase === 'starting'}
              >
                Hang up
              </button>
            </div>
          </>
        )}
        {status === 'accepted' && <p role="status">{patient.givenName} answered. Opening the call…</p>}
        {calling.phase === 'failed' && <Notice tone="error">{calling.message}</Notice>}
        {(missed || status === 'cancelled' || status === 'ended' || calling.phase === 'failed') && (
          <>
            {missed && (
              <p className="calling__outcome" role="alert" data-testid="call-outcome">
                {missedCallLabels[missed]}
              </p>
            )}
            {status === 'cancelled' && <p role="status">You hung up.</p>}
            {missed && (
              <p className="muted">
                {patient.givenName} will see the missed call in their portal, with a way to ask for an
                appointment.
              </p>
            )}
            <div className="actions">
              <button className="button button--primary" type="button" onClick={ring}>
                Try again
              </button>
              <button className="button" type="button" onClick={onConsultNow}>
                Send a Consult Now link
              </button>
              <button className="button" type="button" onClick={onPropose}>
                Propose an appointment
              </button>
              <button className="button button--quiet" type="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
};
