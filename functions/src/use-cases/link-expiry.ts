import type { Dependencies, PendingTimer } from '#ports';
import { lapse } from '../consultation/changes.ts';
import { announceConsultation, announceLink } from './announce.ts';

/**
 * The timer's task for a link: if its time has come, it lapses and the clinician hears of it;
 * if it was extended, answer the new due time so the timer waits again. Idempotent.
 */
export const onLinkDue = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events'>,
  timer: PendingTimer,
): Promise<{ dueAt?: string }> => {
  const [consultationId, linkId] = timer.id.split('.');
  if (!consultationId || !linkId) return {};
  const current = await deps.store.consultations.get(consultationId);
  const link = current?.links[linkId];
  if (!current || !link || link.status !== 'issued') return {};
  const now = deps.clock.now();
  if (Date.parse(link.expiresAt) > now.getTime()) return { dueAt: link.expiresAt };
  const record = await deps.store.consultations.update(consultationId, (c) => lapse(c, linkId, now));
  await announceLink(deps, record, linkId);
  if (record.status !== current.status) await announceConsultation(deps, record);
  return {};
};
