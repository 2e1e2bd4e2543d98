import type { Dependencies, PendingTimer } from '#ports';
import { lapse } from '../consultation/changes.ts';
import { announceLink } from './announce.ts';
import { tellClosed } from './called-off.ts';

/**
 * The timer's task for a link: if its time has come, it lapses and the clinician hears of it;
 * if it was extended, answer the new due time so the timer waits again. Idempotent.
 */
export const onLinkDue = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings'>,
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
  if (record.status !== current.status) await tellClosed(deps, record);
  return {};
};

/**
 * Start-up repair: a crash after a consultation took a link and before its timer was armed left
 * a link the clinician would never see lapse. Every link still issued in an open consultation of
 * these hosts gets its expiry timer again (one Query per host on openByHost). Appointment links
 * (with `validFrom`) are left to the appointment's own end timer.
 */
export const rearmLinkExpiries = async (
  deps: Pick<Dependencies, 'store' | 'timers'>,
  hostIds: readonly string[],
): Promise<number> => {
  const armed = new Set(
    (await deps.store.access.pendingTimers()).filter((t) => t.kind === 'link-expiry').map((t) => t.id),
  );
  let rearmed = 0;
  for (const hostId of hostIds) {
    for (const consultation of await deps.store.consultations.listOpenByHost(hostId)) {
      for (const link of Object.values(consultation.links)) {
        const id = `${consultation.id}.${link.id}`;
        if (link.status !== 'issued' || link.validFrom || armed.has(id)) continue;
        await deps.timers.start({ kind: 'link-expiry', id, dueAt: link.expiresAt });
        rearmed++;
      }
    }
  }
  return rearmed;
};
