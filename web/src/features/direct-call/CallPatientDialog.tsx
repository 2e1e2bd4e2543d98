import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, missedReasonOf, type Patient } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { navigate } from '../../app/router.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice } from '../../ui/Layout.tsx';
import { useDirectCall } from './use-direct-call.ts';
import './direct-call.css';

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
  const { t } = useTranslation('directCall');
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
    <Dialog title={t('title', { name })} onClose={close}>
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
                ? t('ringing', { name: patient.givenName })
                : t('calling', { name })}
            </p>
            <div className="actions">
              <button
                className="button button--end"
                type="button"
                onClick={() => void hangUp()}
                disabled={calling.phase === 'starting'}
              >
                {t('hangUp')}
              </button>
            </div>
          </>
        )}
        {status === 'accepted' && <p role="status">{t('answered', { name: patient.givenName })}</p>}
        {calling.phase === 'failed' && <Notice tone="error">{calling.message ?? t('couldNotCall')}</Notice>}
        {(missed || status === 'cancelled' || status === 'ended' || calling.phase === 'failed') && (
          <>
            {missed && (
              <p className="calling__outcome" role="alert" data-testid="call-outcome">
                {t(`missed.${missed}`)}
              </p>
            )}
            {status === 'cancelled' && <p role="status">{t('youHungUp')}</p>}
            {missed && (
              <p className="muted">{t('missedInPortal', { name: patient.givenName })}</p>
            )}
            <div className="actions">
              <button className="button button--primary" type="button" onClick={ring}>
                {t('tryAgain')}
              </button>
              <button className="button" type="button" onClick={onConsultNow}>
                {t('sendConsultNow')}
              </button>
              <button className="button" type="button" onClick={onPropose}>
                {t('propose')}
              </button>
              <button className="button button--quiet" type="button" onClick={onClose}>
                {t('close')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
};
