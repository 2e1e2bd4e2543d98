import type { Dependencies, PendingTimer } from '#ports';
import { endAtSetTime } from '../consultation/changes.ts';
import { announceConsultation } from './announce.ts';
import { afterConsultationEnded } from './consultation-ended.ts';

/**
 * The `session-end` timer: a group consultation reached its set end (`endsAt`). It ends for
 * everyone, as the host's end without an outcome would (the outcome is recorded afterwards);
 * one already over is left as it is. It fires whether or not any browser is open.
 */
export const onSessionEnd = async (deps: Dependencies, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const current = await deps.store.consultations.getHeader(timer.id);
  if (!current?.endsAt) return {};
  const now = deps.clock.now();
  // Fired early (a clock out of step): wait again until the set end.
  if (Date.parse(current.endsAt) > now.getTime()) return { dueAt: current.endsAt };
  let ended = false;
  const record = await deps.store.consultations.update(timer.id, (c) => {
    const next = endAtSetTime(c, now);
    ended = next !== c;
    return next;
  });
  if (!ended) return {};
  await deps.meetings.end(record);
  await announceConsultation(deps, record);
  await afterConsultationEnded(deps, record);
  return {};
};
