import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { Notice } from '../../ui/Layout.tsx';
import { NeedsActionItem, PastItem, RequestItem, UpcomingItem } from './AppointmentItems.tsx';
import { requestWindow } from './appointment-words.ts';
import { CancelAppointmentDialog } from './CancelAppointmentDialog.tsx';
import { organisationZone } from './organisation-zone.ts';
import { type ProposalTarget, ProposeAppointmentDialog } from './ProposeAppointmentDialog.tsx';
import { useAppointments } from './use-appointments.ts';
import './appointments.css';

interface AppointmentsSectionProps {
  readonly token: string;
  readonly events: EventStream | undefined;
  /** Bumped when something elsewhere on the page proposed an appointment. */
  readonly revision: number;
}

const Group = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section aria-labelledby={id}>
    <h3 id={id}>{title}</h3>
    {children}
  </section>
);

/** The care team's appointments: what needs action, patients' requests, upcoming and past; live. */
export const AppointmentsSection = ({ token, events, revision }: AppointmentsSectionProps) => {
  const { t } = useTranslation('appointments');
  const { upcoming, needsAction, past, requests, loaded, problem, refresh } = useAppointments(
    token,
    events,
    revision,
  );
  const [proposing, setProposing] = useState<ProposalTarget>();
  const [cancelling, setCancelling] = useState<Appointment>();
  const [done, setDone] = useState<string>();
  const zone = organisationZone([...upcoming, ...needsAction, ...past]);
  const finish = (message: string) => {
    setProposing(undefined);
    setCancelling(undefined);
    setDone(message);
    refresh();
  };

  return (
    <section className="appointments" aria-labelledby="appointments-title" aria-busy={!loaded}>
      <h2 id="appointments-title">{t('title')}</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {problem && <Notice tone="error">{problem}</Notice>}
      {needsAction.length > 0 && (
        <Group id="appointments-needs-action" title={t('needsAction', { count: needsAction.length })}>
          <ul className="appointment-list">
            {needsAction.map((appointment) => (
              <NeedsActionItem
                key={appointment.id}
                appointment={appointment}
                onProposeAgain={() => setProposing({ kind: 'reschedule', appointment })}
              />
            ))}
          </ul>
        </Group>
      )}
      {requests.length > 0 && (
        <Group id="appointments-requests" title={t('requests', { count: requests.length })}>
          <ul className="appointment-list">
            {requests.map((request) => (
              <RequestItem
                key={request.id}
                request={request}
                onPropose={() =>
                  setProposing({
                    kind: 'new',
                    patientId: request.patientId,
                    patientName: request.patientName,
                    asked: request.note
                      ? t('askedWithNote', { name: request.patientName, window: requestWindow(request, t), note: request.note })
                      : t('asked', { name: request.patientName, window: requestWindow(request, t) }),
                    from: request.from,
                  })
                }
              />
            ))}
          </ul>
        </Group>
      )}
      <Group id="appointments-upcoming" title={t('upcoming')}>
        {loaded && upcoming.length === 0 ? (
          <p className="muted">{t('noneUpcoming')}</p>
        ) : (
          <ul className="appointment-list">
            {upcoming.map((appointment) => (
              <UpcomingItem
                key={appointment.id}
                appointment={appointment}
                onReschedule={() => setProposing({ kind: 'reschedule', appointment })}
                onCancel={() => setCancelling(appointment)}
              />
            ))}
          </ul>
        )}
      </Group>
      {past.length > 0 && (
        <details>
          <summary>{t('past', { count: past.length })}</summary>
          <ul className="appointment-list">
            {past.map((appointment) => (
              <PastItem key={appointment.id} appointment={appointment} />
            ))}
          </ul>
        </details>
      )}
      {proposing && (
        <ProposeAppointmentDialog
          token={token}
          target={proposing}
          timeZone={zone}
          onDone={finish}
          onClose={() => setProposing(undefined)}
        />
      )}
      {cancelling && (
        <CancelAppointmentDialog
          token={token}
          appointment={cancelling}
          onDone={finish}
          onClose={() => setCancelling(undefined)}
        />
      )}
    </section>
  );
};
