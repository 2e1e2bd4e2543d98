import { type AuditEntry, AuditEntry as AuditEntrySchema, type AuditQuery, type NewAuditEntry, type Staff } from '@clinicall/shared';
import type { AuditFilter, Dependencies } from '#ports';
import { auditCsv } from '../audit/csv.ts';
import { requireGroup } from './staff-access.ts';

/**
 * Writes one entry of the audit trail, with its id and time. Its type holds ids and codes only,
 * and it is checked against that type before it is written.
 */
export const recordAudit = async (deps: Pick<Dependencies, 'store' | 'clock' | 'ids'>, entry: NewAuditEntry): Promise<AuditEntry> => {
  const written = AuditEntrySchema.parse({ ...entry, id: deps.ids.id(), at: deps.clock.now().toISOString() });
  await deps.store.audit.append(written);
  return written;
};

/** Instants with an offset, as the trail sorts them: UTC, to the millisecond. */
const utc = (instant: string | undefined) => (instant ? new Date(instant).toISOString() : undefined);

const filterOf = (query: AuditQuery): AuditFilter => ({
  ...(query.actor && { actorId: query.actor }),
  ...(query.patient && { patientId: query.patient }),
  ...(query.consultation && { consultationId: query.consultation }),
  ...(query.from && { from: utc(query.from) }),
  ...(query.to && { to: utc(query.to) }),
});

const defaultPage = 50;

/** A page of the trail, newest first: administrators only. */
export const readAuditTrail = async (deps: Dependencies, staff: Staff, query: AuditQuery) => {
  requireGroup(staff, 'admin');
  return deps.store.audit.query(filterOf(query), query.limit ?? defaultPage, query.next);
};

/** An export holds at most this many entries; a longer one is exported a window at a time. */
export const maxExportedEntries = 10_000;

/** The trail as CSV, newest first, with the same filters: administrators only. */
export const exportAuditTrail = async (deps: Dependencies, staff: Staff, query: AuditQuery): Promise<string> => {
  requireGroup(staff, 'admin');
  const filter = filterOf(query);
  const entries: AuditEntry[] = [];
  let next = query.next;
  do {
    const page = await deps.store.audit.query(filter, Math.min(200, maxExportedEntries - entries.length), next);
    entries.push(...page.entries);
    next = page.next;
  } while (next && entries.length < maxExportedEntries);
  return auditCsv(entries);
};
