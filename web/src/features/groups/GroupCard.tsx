import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, joinWindowMinutes } from '@clinicall/shared';
import { Link } from '../../app/router.tsx';
import { useNow } from '../../ui/use-now.ts';
import { browserZone, clockIn } from '../../ui/zoned-time.ts';
import { organisationZone, staffWhen } from '../appointments/index.ts';
import { prepareStaffCall } from '../call/index.ts';
import { AddCoHostControl } from './AddCoHostControl.tsx';
import { ownStaffId } from './own-staff-id.ts';
import { RegisterDialog } from './RegisterDialog.tsx';
import { RegistrationItem } from './RegistrationItem.tsx';
import { groupLimit, moderatorIds, registrationsOf } from './registrations.ts';
import './groups.css';

interface GroupCardProps {
  readonly consultation: Consultation;
  readonly token: string;
  readonly onChanged: () => void;
}

/** A group session on the dashboard: its title and time, who is registered, and the way in. */
export const GroupCard = ({ consultation, token, onChanged }: GroupCardProps) => {
  const { t } = useTranslation('groups');
  const { t: appointments } = useTranslation('appointments');
  const titleId = useId();
  const now = useNow();
  const [registering, setRegistering] = useState(false);
  const [sent, setSent] = useState<string>();
  const zone = organisationZone() ?? browserZone();
  const registrations = registrationsOf(consultation);
  const moderators = moderatorIds(consultation);
  const coModerators = consultation.participants.filter(
    (p) => p.staffId && p.staffId !== consultation.hostId && moderators.includes(p.staffId),
  );
  const isHost = ownStaffId(token) === consultation.hostId;
  const startsAt = consultation.scheduledFor ?? consultation.createdAt;
  const opensAt = Date.parse(startsAt) - joinWindowMinutes * 60_000;

  return (
    <article
      className="consultation consultation--group"
      aria-labelledby={titleId}
      data-testid="group-session"
      data-consultation-id={consultation.id}
    >
      <header className="consultation__header">
        <h3 id={titleId}>{consultation.title ?? t('card.untitled')}</h3>
        <span className="muted">
          {consultation.endsAt
            ? t('card.whenUntil', {
                when: staffWhen(new Date(startsAt), zone, appointments),
                end: clockIn(new Date(consultation.endsAt), zone),
              })
            : staffWhen(new Date(startsAt), zone, appointments)}
        </span>
      </header>
      {consultation.description && <p className="consultation__description">{consultation.description}</p>}
      <p className="muted">
        {coModerators.length === 0
          ? t('card.ledBy', { host: consultation.hostName })
          : t('card.ledByWith', {
              host: consultation.hostName,
              others: coModerators.map((p) => p.displayName).join(', '),
            })}
      </p>
      <h4>{t('card.registered', { count: registrations.length, limit: groupLimit })}</h4>
      {registrations.length === 0 ? (
        <p className="muted">{t('card.nobodyRegistered')}</p>
      ) : (
        <ul className="registrations" aria-label={t('card.registrations')}>
          {registrations.map((registration) => (
            <RegistrationItem
              key={registration.participant.id}
              consultationId={consultation.id}
              registration={registration}
              token={token}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {sent && (
        <p className="notice" role="status">
          {sent}
        </p>
      )}
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={registrations.length >= groupLimit}
          onClick={() => setRegistering(true)}
        >
          {t('card.register')}
        </button>
        {now < opensAt ? (
          <span className="muted" data-testid="opens-at">
            {t('card.opensAt', { time: clockIn(new Date(opensAt), zone) })}
          </span>
        ) : (
          <Link
            className="button button--primary"
            href={`/call/${consultation.id}`}
            onClick={() => prepareStaffCall(consultation.id, token)}
          >
            {consultation.status === 'in-progress' ? t('card.join') : t('card.start')}
          </Link>
        )}
      </div>
      {registrations.length >= groupLimit && <p className="muted">{t('card.full', { limit: groupLimit })}</p>}
      {isHost && (
        <AddCoHostControl
          consultationId={consultation.id}
          token={token}
          moderators={moderators}
          onChanged={onChanged}
        />
      )}
      {registering && (
        <RegisterDialog
          consultationId={consultation.id}
          token={token}
          onRegistered={(message) => {
            setSent(message);
            setRegistering(false);
            onChanged();
          }}
          onClose={() => setRegistering(false)}
        />
      )}
    </article>
  );
};
