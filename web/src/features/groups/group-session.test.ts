import { describe, expect, it } from 'vitest';
import { type SessionChoice, sessionRequest } from './group-session.ts';

const now = Date.parse('2026-12-03T09:00:00.000Z');
const choice: SessionChoice = {
  title: ' Diabetes education ',
  date: '2026-12-04',
  time: '9.30',
  durationMinutes: 90,
  description: '',
  coHostIds: [],
};

describe('a new group session', () => {
  it('reads the time in the organisation’s zone and leaves out what was not given', () => {
    expect(sessionRequest(choice, 'Europe/Stockholm', now)).toEqual({
      ok: true,
      body: {
        type: 'group-consultation',
        title: 'Diabetes education',
        startsAt: '2026-12-04T08:30:00.000Z',
        durationMinutes: 90,
      },
    });
  });

  it('carries a description and co-moderators when chosen', () => {
    const answer = sessionRequest(
      { ...choice, description: ' Bring your meter ', coHostIds: ['s2'] },
      'Europe/London',
      now,
    );
    expect(answer.ok && answer.body).toMatchObject({
      startsAt: '2026-12-04T09:30:00.000Z',
      description: 'Bring your meter',
      coHostIds: ['s2'],
    });
  });

  it('refuses a session without a title, in the past, over four hours, or with a time that is not a time', () => {
    expect(
      sessionRequest(
        { ...choice, title: ' ', date: '2026-12-02', durationMinutes: 241 },
        'Europe/London',
        now,
      ),
    ).toEqual({
      ok: false,
      problems: { title: 'title', time: 'timePassed', durationMinutes: 'duration' },
    });
    expect(sessionRequest({ ...choice, time: '25:00' }, 'Europe/London', now)).toMatchObject({
      problems: { time: 'timeFormat' },
    });
    expect(sessionRequest({ ...choice, date: '' }, 'Europe/London', now)).toMatchObject({
      problems: { date: 'chooseDate' },
    });
  });

  it('gives a few minutes’ grace to a session starting now', () => {
    expect(sessionRequest({ ...choice, date: '2026-12-03', time: '08:57' }, 'Europe/London', now).ok).toBe(
      true,
    );
    expect(sessionRequest({ ...choice, date: '2026-12-03', time: '08:50' }, 'Europe/London', now).ok).toBe(
      false,
    );
  });
});
