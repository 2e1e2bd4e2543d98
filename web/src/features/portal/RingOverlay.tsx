import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncomingCall } from '../../api/care-events.ts';
import type { ParticipantSession } from '../../api/participant.ts';
import { acceptCall, acknowledgeCall, rejectCall } from '../../api/portal.ts';
import { ApiError } from '../../api/request.ts';
import { type RingState, startRinging } from './ring-tone.ts';

interface RingOverlayProps {
  readonly call: IncomingCall;
  readonly session: string;
  readonly onAnswered: (participant: ParticipantSession) => void;
  /** Declined, or the call is no longer there to answer. */
  readonly onClosed: () => void;
}

/** Told once per call, even if the overlay renders twice. */
const acknowledged = new Set<string>();

/** The whole screen rings: who is calling, Accept or Reject. */
export const RingOverlay = ({ call, session, onAnswered, onClosed }: RingOverlayProps) => {
  const { t } = useTranslation('portal', { keyPrefix: 'ring' });
  const titleId = useId();
  const [ring, setRing] = useState<RingState>('audible');
  const [busy, setBusy] = useState<'accept' | 'decline'>();
  const [problem, setProblem] = useState<string>();

  // The clinic learns at once that the phone is really ringing.
  useEffect(() => {
    if (acknowledged.has(call.callId)) return;
    acknowledged.add(call.callId);
    acknowledgeCall(session, call.callId).catch(() => acknowledged.delete(call.callId));
  }, [session, call.callId]);

  useEffect(() => (busy ? undefined : startRinging(setRing)), [call.callId, busy]);

  useEffect(() => {
    const previous = document.title;
    document.title = `${t('pageTitle', { name: call.clinicianName })} – Clinicall`;
    return () => {
      document.title = previous;
    };
  }, [call.clinicianName, t]);

  const answer = async () => {
    setBusy('accept');
    setProblem(undefined);
    try {
      onAnswered(await acceptCall(session, call.callId));
    } catch (error) {
      setBusy(undefined);
      if (error instanceof ApiError && (error.status === 404 || error.status === 409)) onClosed();
      else setProblem(error instanceof ApiError ? error.message : t('failed'));
    }
  };

  const decline = async () => {
    setBusy('decline');
    try {
      await rejectCall(session, call.callId);
    } catch {
      // Declined or gone already: either way, nothing rings any more.
    }
    onClosed();
  };

  return (
    <div
      className="ring"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-what`}
      data-ring={ring}
    >
      <div className="ring__pulse" aria-hidden="true" />
      <p className="ring__what" id={`${titleId}-what`}>
        {t('what')}
      </p>
      <h1 className="ring__who" id={titleId}>
        {t('calling', { name: call.clinicianName })}
      </h1>
      {ring === 'needs-tap' && <p className="ring__hint">{t('tapToHear')}</p>}
      {problem && (
        <p className="ring__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="ring__actions">
        <button
          className="button ring__button ring__button--reject"
          type="button"
          disabled={busy !== undefined}
          onClick={() => void decline()}
        >
          {busy === 'decline' ? t('rejecting') : t('reject')}
        </button>
        <button
          className="button ring__button ring__button--accept"
          type="button"
          autoFocus
          disabled={busy !== undefined}
          onClick={() => void answer()}
        >
          {busy === 'accept' ? t('connecting') : t('accept')}
        </button>
      </div>
    </div>
  );
};
