import type { AuditEntry } from '@clinicall/shared';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell } from './csv.ts';

describe('the audit trail as CSV', () => {
  it('escapes cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('plain-id_1')).toBe('plain-id_1');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('has a header row, then one row per entry; ids starting with - are escaped', () => {
    const entry: AuditEntry = {
      id: 'entry-0001',
      at: '2026-06-01T08:00:00.000Z',
      actor: { kind: 'participant', id: '-participant1', consultationId: 'consultation-1' },
      action: 'feedback-given',
      targets: {},
      outcome: 'refused',
      reason: 'consultation-ended',
      clientAddress: '::1',
    };
    const rows = auditCsv([entry]).split('\r\n');
    expect(rows[0]!.split(',')).toContain('actorId');
    expect(rows[1]).toBe("2026-06-01T08:00:00.000Z,participant,'-participant1,,feedback-given,refused,consultation-ended,,consultation-1,,,,,,,::1");
    expect(rows[2]).toBe('');
  });
});
