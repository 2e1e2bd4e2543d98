import type { TFunction } from 'i18next';
import type { Appointment, AppointmentRequest } from '@clinicall/shared';
import { intlLocale } from '../../i18n/format.ts';

/** How an appointment stands, for the care team. */
export const statusWords = (status: Appointment['status'], t: TFunction<'appointments'>): string => t(`status.${status}`);

/** Past appointments: the outcome recorded at the end, or why there is none. */
export const pastWords = (appointment: Appointment, t: TFunction<'appointments'>): string =>
  appointment.outcome ? t(`outcome.${appointment.outcome.result}`) : statusWords(appointment.status, t);

/** A calendar day as asked for ("Wed 15 Apr", "ons 15 apr."): a date, with no time or zone to it. */
const day = (isoDate: string, locale: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** "Wed 15 Apr – Mon 20 Apr, mornings". */
export const requestWindow = (
  request: Pick<AppointmentRequest, 'from' | 'to' | 'partOfDay'>,
  t: TFunction<'appointments'>,
  locale: string = intlLocale(),
): string =>
  t('window', {
    days: request.from === request.to ? day(request.from, locale) : t('dayRange', { from: day(request.from, locale), to: day(request.to, locale) }),
    partOfDay: t(`partOfDay.${request.partOfDay}`),
  });
