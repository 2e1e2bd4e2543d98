import { describe, expect, it } from 'vitest';
import { DateOfBirth, MobileE164, PersonName } from './common.ts';
import { Mobile } from './mobile.ts';
import { NewPatient } from './patient-entry.ts';
import { fullName } from '../patient-name.ts';
import { PatientSearch } from './patients.ts';

const good = { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12' };
const today = () => new Date().toISOString().slice(0, 10);
const issuesOf = (value: unknown) => {
  const result = NewPatient.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues;
};

describe('NewPatient', () => {
  it('accepts the minimum and keeps it as given', () => {
    expect(NewPatient.parse(good)).toEqual(good);
  });

  it('accepts every field and normalises a UK mobile to E.164', () => {
    const parsed = NewPatient.parse({ ...good, mobile: '07700 900123', email: 'alex@example.org' });
    expect(parsed).toEqual({ ...good, mobile: '+447700900123', email: 'alex@example.org' });
  });

  it('normalises an international mobile with spaces', () => {
    expect(NewPatient.parse({ ...good, mobile: '+46 70 123 45 67' }).mobile).toBe('+46701234567');
  });

  it('trims names and accepts accents, apostrophes and hyphens', () => {
    const parsed = NewPatient.parse({ ...good, givenName: '  Zoë ', familyName: "O'Brien-Núñez" });
    expect(parsed.givenName).toBe('Zoë');
    expect(parsed.familyName).toBe("O'Brien-Núñez");
  });

  it('rejects a date that does not exist', () => {
    const [issue] = issuesOf({ ...good, dateOfBirth: '1999-02-30' });
    expect(issue?.path).toEqual(['dateOfBirth']);
    expect(issue?.message).toBe('That date does not exist.');
  });

  it('accepts 29 February of a leap year only', () => {
    expect(NewPatient.safeParse({ ...good, dateOfBirth: '2000-02-29' }).success).toBe(true);
    expect(NewPatient.safeParse({ ...good, dateOfBirth: '1900-02-29' }).success).toBe(false);
  });

  it('rejects a future date, accepts today', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    expect(issuesOf({ ...good, dateOfBirth: tomorrow })[0]?.message).toMatch(/future/);
    expect(issuesOf({ ...good, dateOfBirth: '2999-01-01' })[0]?.message).toMatch(/future/);
    expect(NewPatient.safeParse({ ...good, dateOfBirth: today() }).success).toBe(true);
  });

  it('rejects dates in other formats and before 1880', () => {
    for (const dateOfBirth of ['12/04/1980', '1980-4-12', '19800412', '1980-04-12T00:00:00Z', '', '1879-12-31']) {
      expect(NewPatient.safeParse({ ...good, dateOfBirth }).success, dateOfBirth).toBe(false);
    }
  });

  it('rejects extra fields', () => {
    const issues = issuesOf({ ...good, isAdmin: true });
    expect(issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects missing fields and wrong types', () => {
    expect(NewPatient.safeParse({ givenName: 'Alex', familyName: 'Example' }).success).toBe(false);
    expect(NewPatient.safeParse({ ...good, givenName: 42 }).success).toBe(false);
    expect(NewPatient.safeParse(null).success).toBe(false);
    expect(NewPatient.safeParse([good]).success).toBe(false);
  });

  it('rejects names with markup or control characters, empty and overlong names', () => {
    for (const givenName of ['<script>', 'Al>ex', '{x}', 'a\\b', 'Al\nex', 'A\u0000', '', '   ', 'x'.repeat(101)]) {
      expect(NewPatient.safeParse({ ...good, givenName }).success, JSON.stringify(givenName)).toBe(false);
    }
    expect(NewPatient.safeParse({ ...good, familyName: 'Ex<ample' }).success).toBe(false);
    expect(PersonName.safeParse('x'.repeat(100)).success).toBe(true);
  });

  it('rejects a bad mobile or email', () => {
    expect(issuesOf({ ...good, mobile: 'abc' })[0]?.path).toEqual(['mobile']);
    expect(issuesOf({ ...good, email: 'not-an-email' })[0]?.path).toEqual(['email']);
  });
});

describe('Mobile', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['+46 70 123 45 67', '+46701234567'],
    ['+1 415-555-0100', '+14155550100'],
  ])('normalises %s to %s', (input, e164) => {
    expect(Mobile.parse(input)).toBe(e164);
  });

  it.each(['abc', '12', '', '   ', '+', '0770090012a', '+44 7700 900123 ext 4', '0'.repeat(33)])('rejects %j', (input) => {
    expect(Mobile.safeParse(input).success).toBe(false);
  });

  it('answers only numbers the stored form accepts', () => {
    for (const input of ['07700 900123', '+46 70 123 45 67', '+683 4002', '+290 22001', '+1 415-555-0100']) {
      const parsed = Mobile.safeParse(input);
      if (parsed.success) expect(MobileE164.safeParse(parsed.data).success, input).toBe(true);
    }
  });
});

describe('DateOfBirth', () => {
  it('accepts real past dates', () => {
    for (const date of ['1880-01-01', '1980-04-12', '2000-02-29', '2020-12-31']) {
      expect(DateOfBirth.safeParse(date).success, date).toBe(true);
    }
  });

  it('rejects impossible dates', () => {
    for (const date of ['1999-02-30', '1999-13-01', '1999-00-10', '1999-04-31', '1999-01-00']) {
      expect(DateOfBirth.safeParse(date).success, date).toBe(false);
    }
  });
});

describe('PatientSearch', () => {
  it('trims the query and requires 2 to 100 characters', () => {
    expect(PatientSearch.parse({ query: '  al  ' })).toEqual({ query: 'al' });
    expect(PatientSearch.safeParse({ query: ' a ' }).success).toBe(false);
    expect(PatientSearch.safeParse({ query: 'a'.repeat(101) }).success).toBe(false);
    expect(PatientSearch.parse({})).toEqual({});
  });

  it('accepts only base64url cursors and no other parameters', () => {
    expect(PatientSearch.safeParse({ cursor: 'abc_-09' }).success).toBe(true);
    expect(PatientSearch.safeParse({ cursor: 'a+b/c=' }).success).toBe(false);
    expect(PatientSearch.safeParse({ cursor: 'a'.repeat(1025) }).success).toBe(false);
    expect(PatientSearch.safeParse({ limit: '10' }).success).toBe(false);
  });
});

describe('fullName', () => {
  it('joins given and family names', () => {
    expect(fullName({ givenName: 'Alex', familyName: 'Example' })).toBe('Alex Example');
  });
});
