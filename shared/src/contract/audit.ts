import { paths } from '../paths.ts';
import { AuditCsv, AuditPage, AuditQuery } from '../schemas/audit.ts';
import { type Operation, operation } from './operation.ts';

/** The audit trail: read by administrators, never changed through the API. */
export const auditOperations = {
  audit: operation({
    id: 'audit',
    method: 'GET',
    path: paths.audit,
    auth: 'staff',
    summary: 'Who did what and when, newest first, a page at a time; by person, patient, consultation and time (administrators)',
    query: AuditQuery,
    response: AuditPage,
    status: 200,
  }),
  auditCsv: operation({
    id: 'auditCsv',
    method: 'GET',
    path: paths.auditCsv,
    auth: 'staff',
    summary: 'The audit trail as CSV, with the same filters; up to 10,000 entries per export (administrators)',
    query: AuditQuery,
    response: AuditCsv,
    status: 200,
    produces: 'text/csv',
  }),
} as const satisfies Record<string, Operation>;
