import { type Participant, summariseDeviceCheck } from '@clinicall/shared';
import { nameOf, stateLabels } from './people.ts';

interface ParticipantItemProps {
  readonly participant: Participant;
  readonly onAdmit: (participant: Participant) => void;
  readonly busy: boolean;
}

/** One person of a consultation and where they are; someone waiting stands out, with Admit. */
export const ParticipantItem = ({ participant, onAdmit, busy }: ParticipantItemProps) => {
  const name = nameOf(participant);
  return (
    <li className={`participant participant--${participant.state}`} data-testid="participant" data-state={participant.state}>
      <span className="participant__name">{name}</span>
      <span className={`badge badge--${participant.state}`}>{stateLabels[participant.state]}</span>
      {participant.state === 'waiting' && participant.deviceCheck && (
        <span className="participant__check" data-testid="device-check-summary">
          {summariseDeviceCheck(participant.deviceCheck)}
        </span>
      )}
      {participant.state === 'waiting' && (
        <button className="button button--primary" type="button" disabled={busy} onClick={() => onAdmit(participant)} aria-label={`Admit ${name}`}>
          Admit
        </button>
      )}
    </li>
  );
};
