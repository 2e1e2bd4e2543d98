import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventStreamStatus } from '../../api/events.ts';
import type { ParticipantSession } from '../../api/participant.ts';
import type { Portal } from '../../api/portal.ts';
import { Link } from '../../app/router.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { AppointmentItem } from './AppointmentItem.tsx';
import { MissedCallItem } from './MissedCallItem.tsx';
import { ProposalItem } from './ProposalItem.tsx';

interface PortalHomeProps {
  readonly session: string;
  readonly portal: Portal;
  readonly connection: EventStreamStatus;
  readonly onAnswered: (message: string) => void;
  readonly onJoined: (participant: ParticipantSession) => void;
}

const Section = ({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) => (
  <section className="portal-section" aria-labelledby={id}>
    <h2 id={id}>
      {title}
      {count !== undefined && count > 0 && <span className="portal-section__count"> ({count})</span>}
    </h2>
    {children}
  </section>
);

/** The patient's "Appointments section of the profile": to do, appointments, missed calls. */
export const PortalHome = ({ session, portal, connection, onAnswered, onJoined }: PortalHomeProps) => {
  const { t } = useTranslation('portal', { keyPrefix: 'home' });
  useDocumentTitle(portal.todo.length > 0 ? t('titleToDo', { count: portal.todo.length }) : t('title'));
  const openRequests = portal.requests.filter((request) => request.status === 'open');
  const requestedAfter = new Set(portal.requests.map((request) => request.missedCallId));
  return (
    <>
      <h1>{portal.patient.givenName ? t('helloNamed', { name: portal.patient.givenName }) : t('hello')}</h1>
      <p className="muted portal-live" data-connection={connection}>
        {connection === 'open'
          ? t('live.open')
          : connection === 'refused'
            ? t('live.refused')
            : t('live.connecting')}
      </p>

      <Section id="portal-todo" title={t('todo')} count={portal.todo.length}>
        {portal.todo.length === 0 ? (
          <p className="muted">{t('todoEmpty')}</p>
        ) : (
          <ul className="portal-list">
            {portal.todo.map((appointment) => (
              <ProposalItem
                key={`${appointment.id}:${appointment.updatedAt}`}
                session={session}
                appointment={appointment}
                onAnswered={onAnswered}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section id="portal-appointments" title={t('appointments')}>
        {portal.upcoming.length === 0 ? (
          <p className="muted">{t('noUpcoming')}</p>
        ) : (
          <ul className="portal-list">
            {portal.upcoming.map((appointment) => (
              <AppointmentItem
                key={appointment.id}
                session={session}
                appointment={appointment}
                onJoined={onJoined}
              />
            ))}
          </ul>
        )}
        {openRequests.length > 0 && (
          <p className="notice" data-testid="open-requests">
            {t('requested')}
          </p>
        )}
        {portal.past.length > 0 && (
          <details className="portal-past">
            <summary>{t('past', { count: portal.past.length })}</summary>
            <ul className="portal-list">
              {portal.past.map((appointment) => (
                <AppointmentItem
                  key={appointment.id}
                  session={session}
                  appointment={appointment}
                  past
                  onJoined={onJoined}
                />
              ))}
            </ul>
          </details>
        )}
      </Section>

      <Section id="portal-missed" title={t('missedCalls')} count={portal.missedCalls.length}>
        {portal.missedCalls.length === 0 ? (
          <p className="muted">{t('noMissed')}</p>
        ) : (
          <ul className="portal-list">
            {portal.missedCalls.map((call) => (
              <MissedCallItem key={call.id} call={call} requested={requestedAfter.has(call.id)} />
            ))}
          </ul>
        )}
      </Section>

      <p>
        <Link className="button button--block" href="/portal/book">
          {t('ask')}
        </Link>
      </p>
    </>
  );
};
