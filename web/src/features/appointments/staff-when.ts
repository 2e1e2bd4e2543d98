import type { TFunction } from 'i18next';
import { browserZone, clockIn, dayIn, placeOf } from '../../ui/zoned-time.ts';

/**
 * For the care team: the organisation's wall clock first ("Tue 14 Apr 2026, 09:00 London
 * time"), then the clinician's own when their clocks differ ("(10:00 your time)").
 */
export const staffWhen = (
  instant: Date,
  organisationZone: string,
  t: TFunction<'appointments'>,
  ownZone: string = browserZone(),
): string => {
  const there = t('when.there', { day: dayIn(instant, organisationZone), clock: clockIn(instant, organisationZone), place: placeOf(organisationZone) });
  const sameDay = dayIn(instant, ownZone) === dayIn(instant, organisationZone);
  if (sameDay && clockIn(instant, ownZone) === clockIn(instant, organisationZone)) return there;
  const own = sameDay
    ? t('when.ownSameDay', { clock: clockIn(instant, ownZone) })
    : t('when.ownOtherDay', { day: dayIn(instant, ownZone), clock: clockIn(instant, ownZone) });
  return t('when.both', { there, own });
};
