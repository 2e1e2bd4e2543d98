import type { ReactNode } from 'react';
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
  useDocumentTitle(
    portal.todo.length > 0 ? `(${portal.todo.length} to do) Your appointments` : 'Your appointments',
  );
  const openRequests = portal.requests.filter((request) => request.status === 'open');
  const requestedAfter = new Set(portal.requests.map((request) => request.missedCallId));
  return (
    <>
      <h1>Hello{portal.patient.givenName ? `, ${portal.patient.givenName}` : ''}</h1>
      <p className="muted portal-live" data-connection={connection}>
        {connection === 'open'
          ? 'Your clinic can video call you here while this page is open.'
          : connection === 'refused'
            ? 'Calls from your clinic cannot reach this page.'
            : 'Connecting… Your clinic can video call you here once connected.'}
      </p>

      <Section id="portal-todo" title="To do" count={portal.todo.length}>
        {portal.todo.length === 0 ? (
          <p className="muted">Nothing to do. New appointment proposals from your clinic appear here.</p>
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

      <Section id="portal-appointments" title="Appointments">
        {portal.upcoming.length === 0 ? (
          <p className="muted">No upcoming appointments.</p>
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
            You asked for an appointment: your clinic will propose a time.
          </p>
        )}
        {portal.past.length > 0 && (
          <details className="portal-past">
            <summary>Past appointments ({portal.past.length})</summary>
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

      <Section id="portal-missed" title="Missed calls" count={portal.missedCalls.length}>
        {portal.missedCalls.length === 0 ? (
          <p className="muted">No missed calls.</p>
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
          Ask for an appointment
        </Link>
      </p>
    </>
  );
};
