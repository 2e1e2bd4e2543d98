import { type AuditEntry, auditTargetNames } from '@clinicall/shared';

const columns = ['at', 'actorKind', 'actorId', 'actorRoles', 'action', 'outcome', 'reason', ...auditTargetNames, 'clientAddress'] as const;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; and a cell a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) is escaped with a leading '.
 */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const rowOf = (entry: AuditEntry): string[] => {
  const { actor } = entry;
  const cells: Partial<Record<(typeof columns)[number], string>> = {
    at: entry.at,
    actorKind: actor.kind,
    actorId: actor.kind === 'anonymous' ? undefined : actor.id,
    actorRoles: actor.kind === 'staff' ? actor.roles.join(' ') : undefined,
    action: entry.action,
    outcome: entry.outcome,
    reason: entry.reason,
    ...Object.fromEntries(auditTargetNames.map((name) => [name, entry.targets[name]])),
    // The session's consultation or the device's patient, when the target does not name them.
    consultationId: entry.targets.consultationId ?? (actor.kind === 'participant' ? actor.consultationId : undefined),
    patientId: entry.targets.patientId ?? (actor.kind === 'patient' ? actor.patientId : undefined),
    clientAddress: entry.clientAddress,
  };
  return columns.map((column) => csvCell(cells[column] ?? ''));
};

/** The entries as CSV (RFC 4180, CRLF line ends), a header row first. */
export const auditCsv = (entries: readonly AuditEntry[]): string =>
  [[...columns], ...entries.map(rowOf)].map((row) => row.join(',')).join('\r\n') + '\r\n';
