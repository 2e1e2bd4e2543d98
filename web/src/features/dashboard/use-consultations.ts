import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Consultation, operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';

export interface ConsultationsState {
  readonly open: readonly Consultation[];
  readonly recent: readonly Consultation[];
  readonly loaded: boolean;
  readonly problem?: string | undefined;
  readonly refresh: () => void;
}

const recentShown = 10;
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The clinician's open consultations and the recently ended ones, fetched again on every event
 * (a burst of events makes one fetch) and on every reconnection (events may have been missed).
 */
export const useConsultations = (token: string, events: EventStream | undefined, revision: number): ConsultationsState => {
  const { t } = useTranslation('dashboard');
  // `null`: the reason is ours to say, in the language chosen when it shows.
  const [answer, setAnswer] = useState<Omit<ConsultationsState, 'refresh' | 'problem'> & { problem?: string | null }>({
    open: [],
    recent: [],
    loaded: false,
  });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      Promise.all([
        call(operations.listConsultations, { token, query: { status: 'open' } }),
        call(operations.listConsultations, { token, query: { status: 'ended' } }),
      ]).then(
        ([open, ended]) =>
          current &&
          setAnswer({
            open: [...open.consultations].sort((a, b) => newestFirst(a.createdAt, b.createdAt)),
            recent: [...ended.consultations]
              .sort((a, b) => newestFirst(a.endedAt ?? a.createdAt, b.endedAt ?? b.createdAt))
              .slice(0, recentShown),
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
  useServerEvents(events, (event) => event.type !== 'signal' && refresh(), refresh);
  return { ...answer, problem: answer.problem === null ? t('couldNotLoad') : answer.problem, refresh };
};
