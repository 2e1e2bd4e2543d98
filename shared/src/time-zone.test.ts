import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { describeWallClock, instantOf, isTimeZone, wallClock } from './time-zone.ts';

const codeOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a refusal');
};

describe('time zones and daylight saving (Europe/London)', () => {
  it('09:00 the morning after the clocks go forward (29 March 2026) is 08:00Z and still 09:00 on the wall clock', () => {
    const instant = instantOf('2026-03-30', '09:00', 'Europe/London');
    expect(instant.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(wallClock(instant, 'Europe/London')).toEqual({ date: '2026-03-30', time: '09:00' });
  });

  it('09:00 the day before the clocks go forward is 09:00Z (GMT)', () => {
    expect(instantOf('2026-03-28', '09:00', 'Europe/London').toISOString()).toBe('2026-03-28T09:00:00.000Z');
  });

  it('09:00 the morning after the clocks go back (25 October 2026) is 09:00Z and shows 09:00', () => {
    const instant = instantOf('2026-10-26', '09:00', 'Europe/London');
    expect(instant.toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(wallClock(instant, 'Europe/London')).toEqual({ date: '2026-10-26', time: '09:00' });
  });

  it('refuses 01:30 on 29 March 2026: the clocks skip it', () => {
    expect(codeOf(() => instantOf('2026-03-29', '01:30', 'Europe/London'))).toBe('invalid-request');
  });

  it('takes the first of a repeated time (01:30 on 25 October 2026 happens twice)', () => {
    expect(instantOf('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps the date across midnight in UTC: 00:30 on 1 July is 23:30Z the day before', () => {
    expect(instantOf('2026-07-01', '00:30', 'Europe/London').toISOString()).toBe('2026-06-30T23:30:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(codeOf(() => instantOf('2026-02-30', '09:00', 'Europe/London'))).toBe('invalid-request');
  });
});

describe('another zone (America/New_York)', () => {
  it('honours its own change of clocks (8 March 2026), not London’s', () => {
    expect(instantOf('2026-03-06', '09:00', 'America/New_York').toISOString()).toBe('2026-03-06T14:00:00.000Z');
    expect(instantOf('2026-03-09', '09:00', 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(codeOf(() => instantOf('2026-03-08', '02:30', 'America/New_York'))).toBe('invalid-request');
  });

  it('shows the same instant on each wall clock', () => {
    const instant = instantOf('2026-03-20', '09:00', 'America/New_York');
    expect(wallClock(instant, 'America/New_York')).toEqual({ date: '2026-03-20', time: '09:00' });
    expect(wallClock(instant, 'Europe/London')).toEqual({ date: '2026-03-20', time: '13:00' });
  });

  it('works for a zone off the hour (Asia/Kathmandu, +05:45)', () => {
    expect(instantOf('2026-05-01', '09:00', 'Asia/Kathmandu').toISOString()).toBe('2026-05-01T03:15:00.000Z');
  });
});

describe('isTimeZone and describeWallClock', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    for (const bad of ['', 'Mars/Olympus', 'Europe/London; DROP', 'GMT+25']) expect(isTimeZone(bad)).toBe(false);
  });

  it('tells the time the way a message should: the wall clock and the zone', () => {
    expect(describeWallClock(new Date('2026-03-30T08:00:00Z'), 'Europe/London')).toBe(
      'Monday 30 March 2026 at 09:00 (Europe/London time)',
    );
    expect(describeWallClock(new Date('2026-03-30T08:00:00Z'), 'America/New_York')).toBe(
      'Monday 30 March 2026 at 04:00 (America/New_York time)',
    );
  });
});
