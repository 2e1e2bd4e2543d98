/** The time zone of this browser (the patient's own, on their phone). */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Europe/London → London; America/Argentina/Buenos_Aires → Buenos Aires. */
export const placeOf = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

const dayFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
const clockFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Tue 14 Apr 2026" in a zone (built from parts: engines punctuate differently). */
export const dayIn = (instant: Date, zone: string): string => {
  const parts = dayFormat(zone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
};
/** "09:00" (24-hour clock) in a zone. */
export const clockIn = (instant: Date, zone: string): string => clockFormat(zone).format(instant);

export interface ZonedWhen {
  /** In the viewer's zone: "Tue 14 Apr 2026, 10:00". */
  readonly local: string;
  /** The same moment in the organisation's zone, when its clocks show something else: "09:00 London time". */
  readonly organisation?: string;
}

/**
 * When an appointment is, for someone whose clocks may differ from the organisation's: in their
 * own zone, with the organisation's in brackets when the wall clocks differ.
 */
export const zonedWhen = (
  startsAt: string,
  organisationZone: string,
  viewerZone: string = browserZone(),
): ZonedWhen => {
  const instant = new Date(startsAt);
  const local = `${dayIn(instant, viewerZone)}, ${clockIn(instant, viewerZone)}`;
  const sameDay = dayIn(instant, organisationZone) === dayIn(instant, viewerZone);
  const there = `${sameDay ? '' : `${dayIn(instant, organisationZone)}, `}${clockIn(instant, organisationZone)}`;
  if (`${dayIn(instant, organisationZone)}, ${clockIn(instant, organisationZone)}` === local)
    return { local };
  return { local, organisation: `${there} ${placeOf(organisationZone)} time` };
};

/** "Tue 14 Apr 2026, 10:00 (09:00 London time)". */
export const describeWhen = (when: ZonedWhen): string =>
  when.organisation ? `${when.local} (${when.organisation})` : when.local;

/** 30 → "30 minutes"; 60 → "1 hour"; 90 → "1 hour 30 minutes". */
export const describeDuration = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 && `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    (rest > 0 || hours === 0) && `${rest} ${rest === 1 ? 'minute' : 'minutes'}`,
  ].filter(Boolean);
  return parts.join(' ');
};
