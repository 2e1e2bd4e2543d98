import { type Appointment, type AppointmentRequest, outcomeLabels } from '@clinicall/shared';

/** How an appointment stands, for the care team. */
export const statusWords: Record<Appointment['status'], string> = {
  proposed: 'Proposed — waiting for the patient',
  scheduled: 'Scheduled',
  rejected: 'Declined by the patient',
  cancelled: 'Cancelled',
  completed: 'Completed',
  missed: 'Missed — nobody joined',
};

/** Past appointments: the outcome recorded at the end, or why there is none. */
export const pastWords = (appointment: Appointment): string =>
  appointment.outcome ? outcomeLabels[appointment.outcome.result] : statusWords[appointment.status];

const partOfDayWords: Record<AppointmentRequest['partOfDay'], string> = {
  morning: 'mornings',
  afternoon: 'afternoons',
  any: 'any time of day',
};

const day = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** "Wed 15 Apr – Mon 20 Apr, mornings". */
export const requestWindow = (request: Pick<AppointmentRequest, 'from' | 'to' | 'partOfDay'>): string =>
  `${request.from === request.to ? day(request.from) : `${day(request.from)} – ${day(request.to)}`}, ${partOfDayWords[request.partOfDay]}`;
