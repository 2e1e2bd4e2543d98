import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Appointment, type AppointmentRequest, operations } from '@clinicall/shared';
import { careEventOf } from '../../api/care-events.ts';
import { ApiError, call } from '../../api/client.ts';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';

export interface AppointmentsState {
  readonly upcoming: readonly Appointment[];
  readonly needsAction: readonly Appointment[];
  readonly past: readonly Appointment[];
  readonly requests: readonly AppointmentRequest[];
  readonly loaded: boolean;
  readonly problem?: string | undefined;
  readonly refresh: () => void;
}

const byStart = (a: Appointment, b: Appointment) => a.startsAt.localeCompare(b.startsAt);

/**
 * The clinician's appointments (upcoming, needing action, past) and the patients' requests,
 * fetched again when one changes (in real time) and on every reconnection.
 */
export const useAppointments = (
  token: string,
  events: EventStream | undefined,
  revision: number,
): AppointmentsState => {
  const { t } = useTranslation('appointments');
  // `null`: the reason is ours to say, in the language chosen when it shows.
  const [answer, setAnswer] = useState<Omit<AppointmentsState, 'refresh' | 'problem'> & { problem?: string | null }>({
    upcoming: [],
    needsAction: [],
    past: [],
    requests: [],
    loaded: false,
  });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      Promise.all([
        call(operations.listAppointments, { token, query: { view: 'upcoming' } }),
        call(operations.listAppointments, { token, query: { view: 'needs-action' } }),
        call(operations.listAppointments, { token, query: { view: 'past' } }),
        call(operations.listAppointmentRequests, { token }),
      ]).then(
        ([upcoming, needsAction, past, requests]) =>
          current &&
          setAnswer({
            upcoming: [...upcoming.appointments].sort(byStart),
            needsAction: [...needsAction.appointments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
            past: [...past.appointments].sort((a, b) => byStart(b, a)).slice(0, 10),
            requests: requests.requests.filter((request) => request.status === 'open'),
            loaded: true,
          }),
        (error: unknown) =>
          current &&
          setAnswer((previous) => ({
            ...previous,
            loaded: true,
            problem: error instanceof ApiError ? error.message : null,
          })),
      );
    }, 100);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [token, revision, refreshes]);

  const refresh = () => setRefreshes((n) => n + 1);
  useServerEvents(
    events,
    (event) => {
      const care = careEventOf(event);
      if (care?.type === 'appointment-changed' || care?.type === 'appointment-request-changed') refresh();
    },
    refresh,
  );
  return { ...answer, problem: answer.problem === null ? t('couldNotLoad') : answer.problem, refresh };
};
