import i18next from 'i18next';
import { intlLocale } from '../i18n/format.ts';

/** The time zone of this browser (the patient's own, on their phone). */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Europe/London → London; America/Argentina/Buenos_Aires → Buenos Aires. */
export const placeOf = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

const dayFormat = (zone: string) =>
  new Intl.DateTimeFormat(intlLocale(), {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
const clockFormat = (zone: string) =>
  new Intl.DateTimeFormat(intlLocale(), {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

/** "Tue 14 Apr 2026" ("tis 14 apr. 2026") in a zone (built from parts: engines punctuate differently). */
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
  return {
    local,
    organisation: i18next.t('placeTime', { ns: 'ui', when: there, place: placeOf(organisationZone) }),
  };
};

/** "Tue 14 Apr 2026, 10:00 (09:00 London time)". */
export const describeWhen = (when: ZonedWhen): string =>
  when.organisation ? `${when.local} (${when.organisation})` : when.local;

/** 30 → "30 minutes"; 60 → "1 hour"; 90 → "1 hour 30 minutes" (in the page's language). */
export const describeDuration = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 && i18next.t('duration.hours', { ns: 'ui', count: hours }),
    (rest > 0 || hours === 0) && i18next.t('duration.minutes', { ns: 'ui', count: rest }),
  ].filter(Boolean);
  return parts.join(' ');
};
