import type { TFunction } from 'i18next';
import { beforeAll, expect, test } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';
import { normaliseTime, proposalRequest as propose, type ProposalChoice, rescheduleRequest as reschedule } from './proposal.ts';

let english: TFunction<'appointments'>;
let swedish: TFunction<'appointments'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'appointments');
  swedish = (await testI18n('sv')).getFixedT('sv', 'appointments');
});
const proposalRequest = (patientId: string, choice: ProposalChoice, zone: string | undefined, now: Date) => propose(patientId, choice, zone, english, now);
const rescheduleRequest = (choice: ProposalChoice, zone: string | undefined, now: Date) => reschedule(choice, zone, english, now);

const now = new Date('2026-03-28T12:00:00Z');
const choice: ProposalChoice = {
  date: '2026-03-30',
  time: '09:00',
  durationMinutes: 30,
  note: '',
  extras: [],
  channel: 'email',
};

test('a proposal in the organisation’s zone becomes the API request', () => {
  expect(
    proposalRequest(
      'patient-alex-example',
      { ...choice, note: ' Bring your inhaler ' },
      'Europe/London',
      now,
    ),
  ).toEqual({
    ok: true,
    body: {
      patientId: 'patient-alex-example',
      date: '2026-03-30',
      time: '09:00',
      timeZone: 'Europe/London',
      durationMinutes: 30,
      extras: [],
      note: 'Bring your inhaler',
      channel: 'email',
    },
  });
});

test('extra people: an email by its @, otherwise a mobile number', () => {
  const answer = proposalRequest(
    'patient-alex-example',
    {
      ...choice,
      extras: [
        { role: 'interpreter', contact: 'ana@example.org', displayName: 'Ana' },
        { role: 'support-person', contact: '07700 900456', displayName: '' },
      ],
    },
    'Europe/London',
    now,
  );
  expect(answer.ok && answer.body.extras).toEqual([
    { role: 'interpreter', email: 'ana@example.org', displayName: 'Ana' },
    { role: 'support-person', mobile: '+447700900456' },
  ]);
});

test('every problem at once, with the field it belongs to', () => {
  const answer = proposalRequest(
    'patient-alex-example',
    {
      ...choice,
      date: '2026-02-30',
      time: '9am',
      durationMinutes: 2,
      extras: [{ role: 'colleague', contact: 'nope', displayName: '' }],
    },
    'Europe/London',
    now,
  );
  expect(answer.ok).toBe(false);
  expect(!answer.ok && Object.keys(answer.problems).sort()).toEqual([
    'date',
    'durationMinutes',
    'extras.0.contact',
    'time',
  ]);
});

test('times past, and times the clocks skip, are refused', () => {
  expect(
    rescheduleRequest({ ...choice, date: '2026-03-28', time: '11:00' }, 'Europe/London', now),
  ).toMatchObject({ ok: false, problems: { time: /passed/ } });
  expect(
    rescheduleRequest({ ...choice, date: '2026-03-29', time: '01:30' }, 'Europe/London', now),
  ).toMatchObject({ ok: false, problems: { time: /clocks go forward/ } });
  expect(rescheduleRequest(choice, undefined, now)).toEqual({
    ok: true,
    body: { date: '2026-03-30', time: '09:00', durationMinutes: 30 },
  });
});

test('times typed in common ways', () => {
  expect(normaliseTime('9:00')).toBe('09:00');
  expect(normaliseTime('1430')).toBe('14:30');
  expect(normaliseTime(' 14.30 ')).toBe('14:30');
});

test('problems in Swedish for a Swedish-speaking clinician', () => {
  const answer = propose(
    'patient-alex-example',
    { ...choice, time: '', extras: [{ role: 'colleague', contact: 'nope@', displayName: '' }, ...Array.from({ length: 3 }, () => ({ role: 'colleague' as const, contact: 'a@example.org', displayName: '' }))] },
    'Europe/London',
    swedish,
    now,
  );
  expect(!answer.ok && answer.problems).toMatchObject({
    time: 'Ange tiden, till exempel 14:30.',
    extras: 'Högst 3 extra deltagare.',
    'extras.0.contact': /^Ange en e-postadress/,
  });
  expect(reschedule({ ...choice, date: '2026-03-29', time: '01:30' }, 'Europe/London', swedish, now)).toMatchObject({
    ok: false,
    problems: { time: /klockan ställs fram/ },
  });
});
