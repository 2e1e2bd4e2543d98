import { DomainError } from './errors.ts';

/** An IANA time zone this runtime knows, e.g. Europe/London. */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
};

const partsIn = (instant: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

/** The wall-clock date and time of an instant in a zone: what a clock on the wall there shows. */
export const wallClock = (instant: Date, timeZone: string): { date: string; time: string } => partsIn(instant, timeZone);

/**
 * The instant at which clocks in `timeZone` show `date` `time`. Daylight saving is honoured:
 * 09:00 in London is 09:00 on the clock the morning after the clocks change. A time the clocks
 * skip (01:30 on the spring-forward night) is refused; a repeated one (autumn) takes the first.
 */
export const instantOf = (date: string, time: string, timeZone: string): Date => {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wanted)) throw new DomainError('invalid-request', 'That date or time does not exist.');
  // The zone's offset is at most ±14 h: try the offsets the zone has around that moment.
  const candidates = [-14, -12, -6, 0, 6, 12, 14].map((hours) => {
    const guess = new Date(wanted - hours * 3_600_000);
    const shown = partsIn(guess, timeZone);
    return new Date(guess.getTime() - (Date.parse(`${shown.date}T${shown.time}:00Z`) - wanted));
  });
  const exact = candidates
    // Next to year 0 or 9999 a guess can fall off the calendar: it is no answer.
    .filter((instant) => !Number.isNaN(instant.getTime()))
    .filter((instant) => {
      const shown = partsIn(instant, timeZone);
      return shown.date === date && shown.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  if (!exact[0]) {
    throw new DomainError('invalid-request', `${time} does not exist on ${date} in ${timeZone} (the clocks go forward).`);
  }
  return exact[0];
};

/**
 * How a message tells the time of an appointment: the wall clock in the zone it was agreed in,
 * with the zone named, e.g. "Monday 30 March 2026 at 09:00 (Europe/London time)".
 */
export const describeWallClock = (instant: Date, timeZone: string): string => {
  // From parts, not format(): ICU versions differ on commas.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')} at ${wallClock(instant, timeZone).time} (${timeZone} time)`;
};
