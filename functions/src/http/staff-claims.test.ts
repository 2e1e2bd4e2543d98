import { describe, expect, it } from 'vitest';
import { staffFromClaims } from './staff-claims.ts';

const base = { sub: 'abc-123', email: 'sam@example.org', name: 'Dr Sam Carter' };

describe('staffFromClaims', () => {
  it('reads Cognito groups given as an array', () => {
    expect(staffFromClaims({ ...base, 'cognito:groups': ['clinician', 'admin'] })).toEqual({
      id: 'abc-123',
      email: 'sam@example.org',
      name: 'Dr Sam Carter',
      groups: ['clinician', 'admin'],
    });
  });

  it('reads the "[clinician admin]" string API Gateway makes of an array', () => {
    expect(staffFromClaims({ ...base, 'cognito:groups': '[clinician admin]' })?.groups).toEqual(['clinician', 'admin']);
    expect(staffFromClaims({ ...base, 'cognito:groups': '[meeting-room-member]' })?.groups).toEqual([
      'meeting-room-member',
    ]);
    expect(staffFromClaims({ ...base, 'cognito:groups': 'clinician,admin' })?.groups).toEqual(['clinician', 'admin']);
  });

  it('drops groups it does not know', () => {
    expect(staffFromClaims({ ...base, 'cognito:groups': ['superuser', 'clinician', 'Admin'] })?.groups).toEqual([
      'clinician',
    ]);
    expect(staffFromClaims({ ...base, 'cognito:groups': '[root clinician]' })?.groups).toEqual(['clinician']);
  });

  it('is undefined without a known group', () => {
    expect(staffFromClaims(base)).toBeUndefined();
    expect(staffFromClaims({ ...base, 'cognito:groups': [] })).toBeUndefined();
    expect(staffFromClaims({ ...base, 'cognito:groups': '[]' })).toBeUndefined();
    expect(staffFromClaims({ ...base, 'cognito:groups': ['root'] })).toBeUndefined();
    expect(staffFromClaims({ ...base, 'cognito:groups': 42 })).toBeUndefined();
  });

  it('is undefined without sub or email, or without claims', () => {
    const groups = { 'cognito:groups': ['clinician'] };
    expect(staffFromClaims({ email: base.email, ...groups })).toBeUndefined();
    expect(staffFromClaims({ sub: base.sub, ...groups })).toBeUndefined();
    expect(staffFromClaims({ sub: 42, email: base.email, ...groups })).toBeUndefined();
    expect(staffFromClaims(undefined)).toBeUndefined();
    expect(staffFromClaims({})).toBeUndefined();
  });

  it('is undefined when the subject is not an id (an email address, a number, blank)', () => {
    const groups = { 'cognito:groups': ['clinician'] };
    for (const sub of ['sam@example.org', '+447700900123', '1980-04-12', '', 'a b']) {
      expect(staffFromClaims({ ...base, sub, ...groups }), sub).toBeUndefined();
    }
    expect(staffFromClaims({ ...base, sub: '3f1c2a9e-7b1d-4c55-9a7e-2f6d1c0b8e41', ...groups })?.id).toBe('3f1c2a9e-7b1d-4c55-9a7e-2f6d1c0b8e41');
  });

  it('falls back to the email when there is no name', () => {
    expect(staffFromClaims({ sub: base.sub, email: base.email, 'cognito:groups': ['admin'] })?.name).toBe(
      'sam@example.org',
    );
  });
});
