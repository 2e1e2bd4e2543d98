import { expect, test } from 'vitest';
import { readDateOfBirth } from './date-of-birth.ts';

const today = new Date('2026-01-01T12:00:00Z');

test('day, month and year become YYYY-MM-DD, with or without leading zeros', () => {
  expect(readDateOfBirth({ day: '12', month: '4', year: '1980' }, today)).toEqual({ ok: true, date: '1980-04-12' });
  expect(readDateOfBirth({ day: ' 01', month: '09 ', year: '2001' }, today)).toEqual({ ok: true, date: '2001-09-01' });
});

test('dates that cannot be a date of birth say what to fix', () => {
  const problem = (day: string, month: string, year: string) => {
    const answer = readDateOfBirth({ day, month, year }, today);
    return answer.ok ? undefined : answer.problem;
  };
  expect(problem('', '4', '1980')).toBe('missing');
  expect(problem('1a', '4', '1980')).toBe('not-numbers');
  expect(problem('12', '4', '80')).toBe('year-digits');
  expect(problem('31', '2', '1980')).toBe('no-such-date');
  expect(problem('12', '13', '1980')).toBe('no-such-date');
  expect(problem('012', '4', '1980')).toBe('no-such-date');
  expect(problem('2', '1', '2026')).toBe('future');
  expect(problem('1', '1', '1870')).toBe('too-early');
});
