import type { Appointment } from '../../api/portal.ts';

/** How an appointment stands or went, as the patient would say it. */
export const patientStatusWords: Record<Appointment['status'], string> = {
  proposed: 'Waiting for your answer',
  scheduled: 'Booked',
  rejected: 'You declined',
  cancelled: 'Cancelled by your clinic',
  completed: 'Took place',
  missed: 'Missed',
};

/** Past appointments: how they went, with the clinician's outcome when recorded. */
export const outcomeWords = (appointment: Appointment): string => {
  if (appointment.status === 'completed' && appointment.outcome?.result === 'unsuccessful')
    return 'Took place, but could not be completed';
  return patientStatusWords[appointment.status];
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
