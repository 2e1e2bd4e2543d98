import { describe, expect, test } from 'vitest';
import type { ParticipantRecord } from './record.ts';
import { attemptsAllowed, verificationFor, verificationOf } from './verification.ts';

const person = (changes: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  id: 'participant-1',
  role: 'patient',
  displayName: 'Alex Example',
  state: 'invited',
  updatedAt: '2026-05-04T09:00:00.000Z',
  ...changes,
});

describe('how a guest proves who they are', () => {
  test('by the call type’s check: a date of birth for a patient on record, a name for someone not on record', () => {
    expect(verificationFor('consult-now', { patientId: 'patient-1' })).toBe('date-of-birth');
    expect(verificationFor('consult-now', {})).toBe('name');
    expect(verificationFor('individual-appointment', {})).toBe('name');
    expect(verificationFor('meeting-room', { patientId: 'patient-1' })).toBe('name');
    expect(verificationFor('direct-call', { patientId: 'patient-1' })).toBe('none');
  });

  test('as recorded when they were invited, whatever else their record says', () => {
    expect(verificationOf(person({ patientId: 'patient-1', verification: 'name' }))).toBe('name');
    expect(verificationOf(person({ verification: 'none' }))).toBe('none');
  });

  test('people invited before it was recorded: a date of birth when on record, a name otherwise', () => {
    expect(verificationOf(person({ patientId: 'patient-1' }))).toBe('date-of-birth');
    expect(verificationOf(person())).toBe('name');
  });

  test('wrong answers a link takes come from the call type', () => {
    expect(attemptsAllowed('consult-now')).toBe(5);
  });
});
