import { auditActions, type OperationId, operations } from '@clinicall/shared';
import { describe, expect, it } from 'vitest';
import { auditedOperations, unauditedOperations } from './audited-operations.ts';

describe('which operations the audit trail records', () => {
  const all = Object.keys(operations) as OperationId[];

  it('decides for every operation of the API: recorded, or deliberately not', () => {
    const audited = Object.keys(auditedOperations);
    expect([...audited, ...unauditedOperations].sort()).toEqual([...all].sort());
    expect(audited.filter((id) => unauditedOperations.includes(id as OperationId))).toEqual([]);
  });

  it('records every read of a patient record or call history', () => {
    for (const id of ['getPatient', 'searchPatients', 'listConsultations', 'getConsultation', 'encounter', 'getAppointment', 'listAppointments', 'getDirectCall', 'portal'] as const) {
      expect(auditedOperations[id], id).toBeDefined();
    }
  });

  it('names only actions of the closed list, each for one operation', () => {
    const actions = Object.values(auditedOperations).map((o) => o.action);
    for (const action of actions) expect(auditActions).toContain(action);
    expect(new Set(actions).size).toBe(actions.length);
  });
});
