import { isConsultationOver } from '@clinicall/shared';
import type { Dependencies, PendingTimer } from '#ports';
import { closeSitting, closesAt } from '../meeting-room/sitting.ts';
import { announceConsultation } from './announce.ts';

type Deps = Pick<Dependencies, 'store' | 'clock' | 'events' | 'meetings' | 'settings'>;

/**
 * The watch over a sitting of a meeting room, while it lasts: when guests have been alone (no
 * member in the room) for `meetingRoomAloneSeconds`, their call ends; a sitting nobody is in is
 * closed. Otherwise it looks again when the guests' time would be up, or a while later.
 */
export const onRoomWatch = async (deps: Deps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const limitMs = deps.settings.meetingRoomAloneSeconds * 1000;
  const now = deps.clock.now();
  const later = () => ({ dueAt: new Date(now.getTime() + limitMs).toISOString() });
  const sitting = await deps.store.consultations.get(timer.id);
  if (!sitting || sitting.type !== 'meeting-room' || isConsultationOver(sitting.status)) return {};
  const due = closesAt(sitting, now, limitMs);
  if (due === undefined) return later();
  if (due > now.getTime()) return { dueAt: new Date(due).toISOString() };
  let closed = false;
  const record = await deps.store.consultations.update(sitting.id, (current) => {
    // Decided again on what is stored: a member may have come in meanwhile.
    const still = closesAt(current, now, limitMs);
    if (isConsultationOver(current.status) || still === undefined || still > now.getTime()) return current;
    closed = true;
    return closeSitting(current, now);
  });
  if (!closed) return isConsultationOver(record.status) ? {} : later();
  await announceConsultation(deps, record);
  await deps.meetings.end(record);
  return {};
};
