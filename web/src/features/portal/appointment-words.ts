import i18next from 'i18next';
import type { Appointment } from '../../api/portal.ts';

/** How an appointment stands or went, as the patient would say it, in the page's language. */
export const patientStatusWords = (status: Appointment['status']): string =>
  i18next.t(`statuses.${status}`, { ns: 'portal' });

/** Past appointments: how they went, with the clinician's outcome when recorded. */
export const outcomeWords = (appointment: Appointment): string => {
  if (appointment.status === 'completed' && appointment.outcome?.result === 'unsuccessful')
    return i18next.t('unsuccessful', { ns: 'portal' });
  return patientStatusWords(appointment.status);
};

/** Joining opens 30 minutes before the start and stays open until the planned end. */
export const joinOpensMs = 30 * 60_000;

export const canJoin = (appointment: Appointment, now: number): boolean => {
  const start = Date.parse(appointment.startsAt);
  return (
    appointment.status === 'scheduled' &&
    now >= start - joinOpensMs &&
    now < start + appointment.durationMinutes * 60_000
  );
};
