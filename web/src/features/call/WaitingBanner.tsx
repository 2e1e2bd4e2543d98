import type { Participant } from '@clinicall/shared';
import { useTranslation } from 'react-i18next';
import { deviceCheckWords } from './device-check-words.ts';

/**
 * In the call, the host still sees who is waiting (an invited person, or someone who dropped out
 * and came back through the waiting room), with what their device check found.
 */
export const WaitingBanner = ({
  waiting,
  onAdmit,
}: {
  waiting: readonly Participant[];
  onAdmit: (participantId: string) => void;
}) => {
  const { t } = useTranslation('call');
  // The dashboard's words for a device check: the host reads them the same in both places.
  const { t: dashboard } = useTranslation('dashboard');
  return (
    <>
      {waiting.map((participant) => (
        <div key={participant.id} className="call__banner" data-testid="waiting-banner">
          <span>
            {t('isWaiting', { name: participant.displayName })}
            {participant.deviceCheck && (
              <span className="call__banner-note"> · {deviceCheckWords(participant.deviceCheck, dashboard)}</span>
            )}
          </span>
          <button className="button button--primary" type="button" onClick={() => onAdmit(participant.id)}>
            {t('admit', { name: participant.displayName })}
          </button>
        </div>
      ))}
    </>
  );
};
