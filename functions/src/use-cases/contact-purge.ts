import { isConsultationOver } from '@clinicall/shared';
import type { Dependencies, PendingTimer, Settings } from '#ports';
import type { AppointmentRecord } from '../appointment/record.ts';
import { forgetPeople, markForgotten } from '../consultation/forget.ts';
import type { ConsultationRecord } from '../consultation/record.ts';

type Deps = Pick<Dependencies, 'store' | 'clock' | 'settings'>;

const second = 1000;
const hour = 3600 * second;

/**
 * How often an open consultation is looked at again: never later than the retention (so the
 * purge falls due on time once it ends), at least a minute apart, at most an hour.
 */
export const checkEvery = (settings: Pick<Settings, 'contactRetentionSeconds' | 'contactCheckSeconds'>): number =>
  settings.contactCheckSeconds !== undefined
    ? settings.contactCheckSeconds * second
    : Math.min(hour, Math.max(60 * second, settings.contactRetentionSeconds * second));

/**
 * Armed as a consultation opens, before it is stored: from then on a pending timer stands for
 * it, so no crash can leave one whose contact details are never forgotten.
 */
export const armContactPurge = (deps: Pick<Dependencies, 'timers' | 'settings'>, consultationId: string, now: Date) =>
  deps.timers.start({ kind: 'contact-purge', id: consultationId, dueAt: new Date(now.getTime() + checkEvery(deps.settings)).toISOString() });

const overSince = (record: ConsultationRecord) => Date.parse(record.endedAt ?? record.createdAt);

/**
 * When to look again at a consultation still open: at its appointment's start if that is ahead;
 * otherwise after `checkEvery`, or after a twenty-fourth of the time it has been open, up to a day
 * (one left open for days is looked at less often, so its timer stays within the execution
 * history Step Functions keeps).
 */
export const nextLook = (record: ConsultationRecord, now: number, settings: Parameters<typeof checkEvery>[0]): number => {
  const scheduled = record.scheduledFor ? Date.parse(record.scheduledFor) : undefined;
  if (scheduled !== undefined && scheduled > now) return scheduled;
  const openFor = now - Math.max(Date.parse(record.createdAt), scheduled ?? 0);
  return now + Math.max(checkEvery(settings), Math.min(24 * hour, Math.floor(openFor / 24)));
};

/** The appointment's extra people: where their links went and their names, once its consultation is over for good. */
const forgetExtras = (appointment: AppointmentRecord, consultationId: string): AppointmentRecord =>
  appointment.consultationId === consultationId &&
  ['completed', 'missed', 'cancelled'].includes(appointment.status) &&
  appointment.extras.some((e) => e.destination || e.sentTo || e.displayName)
    ? { ...appointment, extras: appointment.extras.map((e) => ({ ...e, displayName: '', destination: '', sentTo: '' })) }
    : appointment;

/**
 * Forgets what reached and admitted people to one consultation: the links' pointers and token
 * hashes, then the appointment's extra people, then each person (names of everyone but staff,
 * sessions, device checks, destinations), and last the mark that it is done. Every step can be
 * repeated, so a purge cut short by a crash is finished when its timer runs again.
 */
export const forgetContacts = async (deps: Pick<Dependencies, 'store' | 'clock'>, record: ConsultationRecord): Promise<void> => {
  for (const linkId of Object.keys(record.links)) await deps.store.access.forgetLink(linkId);
  if (record.appointmentId) {
    const appointment = await deps.store.appointments.get(record.appointmentId);
    if (appointment) await deps.store.appointments.update(appointment.id, (a) => forgetExtras(a, record.id));
  }
  await deps.store.consultations.update(record.id, forgetPeople);
  await deps.store.consultations.update(record.id, (c) => markForgotten(c, deps.clock.now()));
};

/**
 * The contact-purge timer: while the consultation is open it looks again later; once it has been
 * over for the retention, its contact details are forgotten; when the organisation keeps a
 * patient's call history for a set time, it waits again and then deletes the consultation.
 */
export const onContactPurgeDue = async (deps: Deps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const record = await deps.store.consultations.get(timer.id);
  if (!record) return {};
  const now = deps.clock.now().getTime();
  if (!isConsultationOver(record.status)) return { dueAt: new Date(nextLook(record, now, deps.settings)).toISOString() };
  const purgeAt = overSince(record) + deps.settings.contactRetentionSeconds * second;
  if (purgeAt > now) return { dueAt: new Date(purgeAt).toISOString() };
  await forgetContacts(deps, record);
  const days = deps.settings.patientHistoryDays;
  if (days === undefined || !record.patientId) return {};
  const deleteAt = overSince(record) + days * 24 * hour;
  if (deleteAt > now) return { dueAt: new Date(deleteAt).toISOString() };
  await deps.store.consultations.remove(record.id);
  return {};
};

/**
 * Start-up repair, on one machine: consultations kept by a version that forgot nothing (or whose
 * timer is gone) get their purge armed, so their contact details go too. Reads each host's
 * history once (a Query per host); in AWS the purge is armed as each consultation opens.
 */
export const armForgottenPurges = async (
  deps: Pick<Dependencies, 'store' | 'timers' | 'clock' | 'settings'>,
  hostIds: readonly string[],
): Promise<number> => {
  const armed = new Set((await deps.store.access.pendingTimers()).filter((t) => t.kind === 'contact-purge').map((t) => t.id));
  let rearmed = 0;
  for (const hostId of hostIds) {
    for (const consultation of await deps.store.consultations.listByHost(hostId, 10_000)) {
      if (consultation.contactsForgottenAt || armed.has(consultation.id)) continue;
      await armContactPurge(deps, consultation.id, deps.clock.now());
      rearmed++;
    }
  }
  return rearmed;
};
