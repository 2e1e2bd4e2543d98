import { describe, expect, test } from 'vitest';
import { auditQueryOf, noFilters } from './audit-query.ts';

describe('the audit trail query of the filters', () => {
  test('leaves out empty fields and trims ids', () => {
    expect(auditQueryOf(noFilters)).toEqual({});
    expect(auditQueryOf({ ...noFilters, person: ' staff-admin-demo ', patient: 'patient-alex-example' }, 'page-2')).toEqual({
      actor: 'staff-admin-demo',
      patient: 'patient-alex-example',
      next: 'page-2',
    });
  });

  test('takes the "to" day whole: from the start of the first day to the start of the day after the last', () => {
    const query = auditQueryOf({ ...noFilters, from: '2026-06-01', to: '2026-06-01' });
    expect(new Date(query.from!).getTime()).toBe(new Date(2026, 5, 1).getTime());
    expect(new Date(query.to!).getTime()).toBe(new Date(2026, 5, 2).getTime());
    expect(auditQueryOf({ ...noFilters, from: 'yesterday' })).toEqual({});
  });
});
