import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callTypes, type Consultation, joinWindowMinutes, operations, type Participant } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { currentStaffSession } from '../../auth/staff-session.ts';
import { guestsOf, listenAhead, prepareStaffCall, preloadStaffCall } from '../call/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { LinkItem } from './LinkItem.tsx';
import { ParticipantItem } from './ParticipantItem.tsx';
import { formatTime } from '../../ui/format-time.ts';
import { useNow } from '../../ui/use-now.ts';

import { currentLinks, guestNames } from './people.ts';

interface ConsultationCardProps {
  readonly consultation: Consultation;
  readonly token: string;
  readonly onChanged: () => void;
}

/** One open consultation: who is invited, waiting or in the call, its links, and the way into the call. */
export const ConsultationCard = ({ consultation, token, onChanged }: ConsultationCardProps) => {
  const { t } = useTranslation('dashboard');
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const guests = guestsOf(consultation);
  const opensAt = consultation.scheduledFor ? Date.parse(consultation.scheduledFor) - joinWindowMinutes * 60_000 : undefined;
  const now = useNow();
  const waiting = guests.some((guest) => guest.state === 'waiting');
  // Someone is waiting: fetch the call's code and open its socket now, so Admit opens the call at once.
  useEffect(() => {
    if (!waiting) return;
    preloadStaffCall();
    return listenAhead(consultation.id, token);
  }, [waiting, consultation.id, token]);

  /**
   * Admitting takes the clinician into the call at once, where the patient is about to be: the
   * admission, camera, socket and credentials all start now, and the call page reports a refusal.
   */
  const admit = (participant: Participant) => {
    setBusy(true);
    const admission = call(operations.admit, { params: { id: consultation.id }, body: { participantId: participant.id }, token }).then(
      () => undefined,
    );
    // Who they are is told to the others with the call, which starts now.
    const staff = currentStaffSession();
    prepareStaffCall(consultation.id, token, { participantId: participant.id, admission }, staff && { name: staff.name, role: 'clinician' });
    navigate(`/call/${consultation.id}`);
  };

  return (
    <article
      className={waiting ? 'consultation consultation--waiting' : 'consultation'}
      aria-labelledby={titleId}
      data-testid="open-consultation"
      data-consultation-id={consultation.id}
    >
      <header className="consultation__header">
        <h3 id={titleId}>{guestNames(consultation, t)}</h3>
        <span className="muted">
          {consultation.scheduledFor
            ? t('card.scheduled', { type: t(`callType.${consultation.type}`), time: formatTime(consultation.scheduledFor) })
            : t('card.started', { type: t(`callType.${consultation.type}`), time: formatTime(consultation.createdAt) })}
        </span>
      </header>
      {guests.length > 0 && (
        <ul className="participants" aria-label={t('card.people')}>
          {guests.map((participant) => (
            <ParticipantItem key={participant.id} participant={participant} busy={busy} onAdmit={admit} />
          ))}
        </ul>
      )}
      {currentLinks(consultation).map((link) => (
        <LinkItem
          key={link.id}
          link={link}
          rules={callTypes[consultation.type].link}
          token={token}
          onChanged={onChanged}
          holderLeft={consultation.participants.some((p) => p.id === link.participantId && p.state === 'left')}
        />
      ))}
      <div className="actions">
        {opensAt && now < opensAt ? (
          // An appointment's call opens with its waiting room, shortly before it starts.
          <span className="muted" data-testid="opens-at">
            {t('card.opensAt', { time: formatTime(new Date(opensAt).toISOString()) })}
          </span>
        ) : (
          <Link className="button" href={`/call/${consultation.id}`} onClick={() => prepareStaffCall(consultation.id, token)}>
            {t('card.joinCall')}
          </Link>
        )}
      </div>
    </article>
  );
};
