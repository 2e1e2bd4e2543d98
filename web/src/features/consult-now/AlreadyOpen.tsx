import { type Consultation, operations } from '@clinicall/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client.ts';
import { Notice } from '../../ui/Layout.tsx';
import { formatTime } from '../../ui/format-time.ts';
import type { SentLink } from './ConsultNowForm.tsx';

interface AlreadyOpenProps {
  readonly token: string;
  readonly name: string;
  readonly patientId: string;
  readonly consultation: Consultation;
  readonly onSent: (sent: SentLink) => void;
  readonly onStartNew: () => void;
}

/** The newest link sent to the patient in that consultation: the one a new link replaces. */
const patientLink = (consultation: Consultation, patientId: string) => {
  const person = consultation.participants.find((p) => p.patientId === patientId);
  return consultation.links.filter((l) => l.participantId === person?.id).at(-1);
};

/**
 * A second Consult Now to a patient with an open consultation is most often a slip (they left,
 * the link was lost): that consultation is offered first, with a new link in it.
 */
export const AlreadyOpen = ({ token, name, patientId, consultation, onSent, onStartNew }: AlreadyOpenProps) => {
  const { t } = useTranslation('consultNow');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const link = patientLink(consultation, patientId);
  const reopen = async () => {
    if (!link) return;
    setBusy(true);
    try {
      const answer = await call(operations.resendLink, { token, params: { linkId: link.id } });
      onSent({ consultation, link: answer.link });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t('couldNotSend'));
      setBusy(false);
    }
  };
  return (
    <div data-testid="already-open">
      <p>{t('alreadyOpen.body', { name, time: formatTime(consultation.createdAt) })}</p>
      {problem && <Notice tone="error">{problem}</Notice>}
      <div className="actions">
        {link && (
          <button className="button button--primary" type="button" disabled={busy} onClick={() => void reopen()}>
            {t('alreadyOpen.reopen')}
          </button>
        )}
        <button className="button" type="button" disabled={busy} onClick={onStartNew}>
          {t('alreadyOpen.startNew')}
        </button>
      </div>
    </div>
  );
};
