import { useTranslation } from 'react-i18next';
import type { Participant } from '@clinicall/shared';
import { deviceCheckWords } from '../call/index.ts';
import { nameOf } from './people.ts';

interface ParticipantItemProps {
  readonly participant: Participant;
  readonly onAdmit: (participant: Participant) => void;
  readonly busy: boolean;
}

/** One person of a consultation and where they are; someone waiting stands out, with Admit. */
export const ParticipantItem = ({ participant, onAdmit, busy }: ParticipantItemProps) => {
  const { t } = useTranslation('dashboard');
  const name = nameOf(participant, t);
  return (
    <li className={`participant participant--${participant.state}`} data-testid="participant" data-state={participant.state}>
      <span className="participant__name">{name}</span>
      <span className={`badge badge--${participant.state}`}>{t(`state.${participant.state}`)}</span>
      {participant.state === 'waiting' && participant.deviceCheck && (
        <span className="participant__check" data-testid="device-check-summary">
          {deviceCheckWords(participant.deviceCheck, t)}
        </span>
      )}
      {participant.state === 'waiting' && (
        <button className="button button--primary" type="button" disabled={busy} onClick={() => onAdmit(participant)} aria-label={t('admitName', { name })}>
          {t('admit')}
        </button>
      )}
    </li>
  );
};
