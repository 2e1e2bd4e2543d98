import { DomainError, type Staff } from '@clinicall/shared';
import { describe, expect, it } from 'vitest';
import { requireGroup } from './staff-access.ts';

const staff = (...groups: Staff['groups']): Staff => ({ id: 's1', email: 's@example.org', name: 'S', groups });

describe('requireGroup', () => {
  it('lets a member of any of the groups through', () => {
    expect(() => requireGroup(staff('clinician'), 'clinician', 'admin')).not.toThrow();
    expect(() => requireGroup(staff('admin'), 'clinician', 'admin')).not.toThrow();
    expect(() => requireGroup(staff('meeting-room-member', 'admin'), 'admin')).not.toThrow();
  });

  it('refuses everyone else with forbidden (403), naming the groups', () => {
    let thrown: unknown;
    try {
      requireGroup(staff('meeting-room-member'), 'clinician', 'admin');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('forbidden');
    expect((thrown as DomainError).status).toBe(403);
    expect((thrown as DomainError).message).toBe('Only clinician or admin staff can do this.');
  });

  it('refuses a staff member with no groups, and when no group is allowed', () => {
    expect(() => requireGroup(staff(), 'clinician')).toThrow(DomainError);
    expect(() => requireGroup(staff('admin'))).toThrow(DomainError);
  });
});
