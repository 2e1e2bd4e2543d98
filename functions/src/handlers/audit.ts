import { auditOperations } from '@clinicall/shared/contract/audit';
import { exportAuditTrail, readAuditTrail } from '#use-cases/audit-trail';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { auditTable } from '#adapters/dynamodb/store';

/** The audit trail, for administrators: read and exported, never changed. */
export const factories = {
  read: apiRoute(auditOperations.audit, { audit: 'read' }, (deps, { caller, query }) => readAuditTrail(deps, staffOf(caller), query)),
  exportCsv: apiRoute(auditOperations.auditCsv, { audit: 'read' }, (deps, { caller, query }) =>
    exportAuditTrail(deps, staffOf(caller), query),
  ),
} satisfies Record<string, RouteFactory>;

/** The tables its routes touch. */
export const awsAdapters: AwsAdapters = { tables: [auditTable] };

export const { read, exportCsv } = onAws.all(factories, awsAdapters);
