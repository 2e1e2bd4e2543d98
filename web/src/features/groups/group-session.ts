import { CalendarDate, ClockTime, instantOf, type NewGroupConsultation } from '@clinicall/shared';
import { normaliseTime } from '../appointments/index.ts';

/** What the clinician filled in for a new group session. */
export interface SessionChoice {
  readonly title: string;
  readonly date: string;
  /** 24-hour clock in the organisation's zone, HH:MM. */
  readonly time: string;
  readonly durationMinutes: number;
  readonly description: string;
  readonly coHostIds: readonly string[];
}

export const sessionMinutes = { shortest: 15, longest: 240 } as const;

/** A few minutes' grace: a session made for "now" is not refused for the time it took to fill in. */
const graceMs = 5 * 60_000;

export type SessionProblem =
  | 'title'
  | 'titleTooLong'
  | 'chooseDate'
  | 'noSuchDate'
  | 'enterTime'
  | 'timeFormat'
  | 'timePassed'
  | 'timeSkipped'
  | 'duration'
  | 'descriptionTooLong'
  | 'tooManyCoHosts';

export type SessionAnswer =
  | { readonly ok: true; readonly body: NewGroupConsultation }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<keyof SessionChoice, SessionProblem>>> };

/** The create request, checked with the API's own rules, the time read in the organisation's zone. */
export const sessionRequest = (choice: SessionChoice, timeZone: string, now: number): SessionAnswer => {
  const problems: Partial<Record<keyof SessionChoice, SessionProblem>> = {};
  const title = choice.title.trim();
  if (!title) problems.title = 'title';
  else if (title.length > 120) problems.title = 'titleTooLong';
  const time = normaliseTime(choice.time);
  if (!choice.date) problems.date = 'chooseDate';
  else if (!CalendarDate.safeParse(choice.date).success) problems.date = 'noSuchDate';
  if (!choice.time.trim()) problems.time = 'enterTime';
  else if (!ClockTime.safeParse(time).success) problems.time = 'timeFormat';
  let startsAt: Date | undefined;
  if (!problems.date && !problems.time) {
    try {
      startsAt = instantOf(choice.date, time, timeZone);
      if (startsAt.getTime() < now - graceMs) problems.time = 'timePassed';
    } catch {
      problems.time = 'timeSkipped'; // a time the clocks skip has no instant
    }
  }
  const minutes = choice.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < sessionMinutes.shortest || minutes > sessionMinutes.longest)
    problems.durationMinutes = 'duration';
  const description = choice.description.trim();
  if (description.length > 1000) problems.description = 'descriptionTooLong';
  if (choice.coHostIds.length > 5) problems.coHostIds = 'tooManyCoHosts';
  if (Object.keys(problems).length > 0 || !startsAt) return { ok: false, problems };
  return {
    ok: true,
    body: {
      type: 'group-consultation',
      title,
      startsAt: startsAt.toISOString(),
      durationMinutes: minutes,
      ...(description && { description }),
      ...(choice.coHostIds.length > 0 && { coHostIds: [...choice.coHostIds] }),
    },
  };
};
