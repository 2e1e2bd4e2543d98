import { browserZone, clockIn, dayIn, placeOf } from '../../ui/zoned-time.ts';

/**
 * For the care team: the organisation's wall clock first ("Tue 14 Apr 2026, 09:00 London
 * time"), then the clinician's own when their clocks differ ("(10:00 your time)").
 */
export const staffWhen = (
  instant: Date,
  organisationZone: string,
  ownZone: string = browserZone(),
): string => {
  const there = `${dayIn(instant, organisationZone)}, ${clockIn(instant, organisationZone)} ${placeOf(organisationZone)} time`;
  const sameDay = dayIn(instant, ownZone) === dayIn(instant, organisationZone);
  if (sameDay && clockIn(instant, ownZone) === clockIn(instant, organisationZone)) return there;
  return `${there} (${sameDay ? '' : `${dayIn(instant, ownZone)}, `}${clockIn(instant, ownZone)} your time)`;
};
