import { sessionWarningMinutes } from '../call/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useNow } from '../../ui/use-now.ts';
import { browserZone, clockIn } from '../../ui/zoned-time.ts';
import { organisationZone } from '../appointments/index.ts';
import { timeLeft } from './time-left.ts';
import { useGroupRequest } from './use-group-request.ts';

interface SessionEndProps {
  readonly consultation: Consultation;
  readonly token: string;
  /** The signed-in clinician is the host: only they may leave the session to a co-moderator. */
  readonly isHost: boolean;
  /** After handing over: the former host leaves the call; the session goes on. */
  readonly onHandedOver: () => void;
}

/** When the session ends by itself (warned ten minutes before), and the host's "Leave to a co-moderator". */
export const SessionEnd = ({ consultation, token, isHost, onHandedOver }: SessionEndProps) => {
  const { t } = useTranslation('groups');
  const now = useNow();
  const [to, setTo] = useState('');
  const { busy, problem, run } = useGroupRequest();
  const left = timeLeft(consultation.endsAt, now, sessionWarningMinutes * 60_000);
  const coModerators = consultation.participants.filter(
    (p) => p.staffId && consultation.coHostIds?.includes(p.staffId),
  );
  const zone = organisationZone() ?? browserZone();

  return (
    <section className="group-section" aria-labelledby={`end-${consultation.id}`} data-testid="session-end">
      <h3 id={`end-${consultation.id}`}>{t('end.title')}</h3>
      {consultation.endsAt && (
        <p
          className={left.kind === 'left' && left.soon ? 'notice' : 'muted'}
          role={left.kind === 'left' && left.soon ? 'status' : undefined}
        >
          {t('end.endsAt', { time: clockIn(new Date(consultation.endsAt), zone) })}
          {left.kind === 'left' && left.soon && ` ${t('end.soon', { time: left.clock })}`}
        </p>
      )}
      {isHost && coModerators.length > 0 && (
        <div className="actions">
          <label htmlFor={`hand-over-${consultation.id}`}>{t('end.handOverTo')}</label>
          <select
            id={`hand-over-${consultation.id}`}
            value={to}
            onChange={(event) => setTo(event.target.value)}
          >
            <option value="">{t('coHost.placeholder')}</option>
            {coModerators.map((p) => (
              <option key={p.id} value={p.staffId}>
                {p.displayName}
              </option>
            ))}
          </select>
          <button
            className="button"
            type="button"
            disabled={busy || !to}
            onClick={() =>
              void run(() =>
                call(operations.handOver, { params: { id: consultation.id }, body: { staffId: to }, token }),
              ).then((done) => done && onHandedOver())
            }
          >
            {t('end.handOver')}
          </button>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
};
