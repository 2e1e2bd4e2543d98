import { useTranslation } from 'react-i18next';
import { applyConsultationEvent, type Consultation, isConsultationOver, neverHappened, operations, type ServerEvent } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import { useHeldByEvents } from '../../api/use-held-by-events.ts';

export interface ConsultationsState {
  readonly open: readonly Consultation[];
  readonly recent: readonly Consultation[];
  readonly loaded: boolean;
  readonly problem?: string | undefined;
  readonly refresh: () => void;
}

interface Lists {
  readonly open: readonly Consultation[];
  readonly recent: readonly Consultation[];
}

const recentShown = 10;
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const byCreation = (a: Consultation, b: Consultation) => newestFirst(a.createdAt, b.createdAt);
const byEnd = (a: Consultation, b: Consultation) => newestFirst(a.endedAt ?? a.createdAt, b.endedAt ?? b.createdAt);

const load = async (token: string): Promise<Lists> => {
  const [open, ended] = await Promise.all([
    call(operations.listConsultations, { token, query: { status: 'open' } }),
    call(operations.listConsultations, { token, query: { status: 'ended' } }),
  ]);
  return { open: [...open.consultations].sort(byCreation), recent: [...ended.consultations].sort(byEnd).slice(0, recentShown) };
};

/** Each event changes the consultation it tells of, wherever it is listed. */
const apply = (lists: Lists, event: ServerEvent): Lists => ({
  open: lists.open.map((c) => applyConsultationEvent(c, event)),
  recent: lists.recent.map((c) => applyConsultationEvent(c, event)),
});

/** One consultation, as fetched on its own, in its place: open ones newest first, ended ones among the recent. */
const place = (lists: Lists, consultation: Consultation): Lists => {
  const open = lists.open.filter((c) => c.id !== consultation.id);
  const recent = lists.recent.filter((c) => c.id !== consultation.id);
  if (!isConsultationOver(consultation.status)) return { open: [...open, consultation].sort(byCreation), recent };
  return { open, recent: (neverHappened(consultation) ? recent : [...recent, consultation]).sort(byEnd).slice(0, recentShown) };
};

/**
 * The clinician's open consultations and the recently ended ones: fetched once (and again on
 * every reconnection, when events may have been missed), then kept up to date by the events.
 * A consultation that opens or ends is fetched on its own, with its outcome, to take its place.
 */
export const useConsultations = (token: string, events: EventStream | undefined, revision: number): ConsultationsState => {
  const { t } = useTranslation('dashboard');
  const { held, problem, reload, change } = useHeldByEvents(events, () => load(token), apply, `${token} ${revision}`);

  useServerEvents(events, (event) => {
    if (event.type !== 'consultation-changed') return;
    const listed = held?.open.some((c) => c.id === event.consultationId);
    if (listed && !isConsultationOver(event.status)) return;
    call(operations.getConsultation, { params: { id: event.consultationId }, token }).then(
      (consultation) => change((lists) => place(lists, consultation)),
      () => undefined,
    );
  });

  return {
    open: held?.open ?? [],
    recent: held?.recent ?? [],
    loaded: held !== undefined || problem !== undefined,
    problem: problem === undefined ? undefined : problem instanceof ApiError ? problem.message : t('couldNotLoad'),
    refresh: reload,
  };
};
