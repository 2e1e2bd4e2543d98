import type { Appointment } from '@clinicall/shared';
import { beforeEach, expect, test } from 'vitest';
import { speak } from '../../ui/test-language.ts';
import { canJoin, outcomeWords } from './appointment-words.ts';

beforeEach(() => speak('en'));

const at = (iso: string) => Date.parse(iso);
const appointment = (changes: Partial<Appointment> = {}): Appointment => ({
  id: 'appointment-1',
  patientId: 'patient-1',
  patientName: 'Alex Example',
  clinicianId: 'staff-1',
  clinicianName: 'Dr Sam Carter',
  status: 'scheduled',
  startsAt: '2026-04-14T09:00:00Z',
  timeZone: 'Europe/London',
  durationMinutes: 30,
  extras: [],
  createdAt: '2026-04-01T09:00:00Z',
  updatedAt: '2026-04-01T09:00:00Z',
  ...changes,
});

test('Join shows from 30 minutes before the start until the planned end, for booked appointments only', () => {
  expect(canJoin(appointment(), at('2026-04-14T08:29:59Z'))).toBe(false);
  expect(canJoin(appointment(), at('2026-04-14T08:30:00Z'))).toBe(true);
  expect(canJoin(appointment(), at('2026-04-14T09:29:59Z'))).toBe(true);
  expect(canJoin(appointment(), at('2026-04-14T09:30:00Z'))).toBe(false);
  expect(canJoin(appointment({ status: 'proposed' }), at('2026-04-14T09:00:00Z'))).toBe(false);
});

test('past appointments say how they went', () => {
  expect(outcomeWords(appointment({ status: 'missed' }))).toBe('Missed');
  expect(outcomeWords(appointment({ status: 'cancelled' }))).toBe('Cancelled by your clinic');
  const recordedAt = '2026-04-14T09:30:00Z';
  expect(
    outcomeWords(
      appointment({
        status: 'completed',
        outcome: { result: 'completed', technicalProblems: false, recordedAt, recordedBy: 'x' },
      }),
    ),
  ).toBe('Took place');
  expect(
    outcomeWords(
      appointment({
        status: 'completed',
        outcome: { result: 'unsuccessful', technicalProblems: true, recordedAt, recordedBy: 'x' },
      }),
    ),
  ).toBe('Took place, but could not be completed');
});

test('and in Swedish', () => {
  speak('sv');
  expect(outcomeWords(appointment({ status: 'cancelled' }))).toBe('Avbokad av din mottagning');
});
