import type { AuditQuery } from '@clinicall/shared';

/** What the administrator typed: ids, and calendar days in the page's own time zone. */
export interface AuditFilters {
  readonly person: string;
  readonly patient: string;
  readonly consultation: string;
  /** YYYY-MM-DD, from the start of that day. */
  readonly from: string;
  /** YYYY-MM-DD, to the end of that day. */
  readonly to: string;
}

export const noFilters: AuditFilters = { person: '', patient: '', consultation: '', from: '', to: '' };

/** Local midnight at the start of a day, as an instant; `days` later when given. */
const startOf = (day: string, days = 0): string | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The API's query for the filters: empty fields left out, the "to" day included whole. */
export const auditQueryOf = (filters: AuditFilters, next?: string): Partial<Record<keyof AuditQuery, string>> => {
  const query: Partial<Record<keyof AuditQuery, string>> = {};
  const id = (value: string) => value.trim() || undefined;
  const person = id(filters.person);
  const patient = id(filters.patient);
  const consultation = id(filters.consultation);
  const from = startOf(filters.from);
  const to = startOf(filters.to, 1);
  if (person) query.actor = person;
  if (patient) query.patient = patient;
  if (consultation) query.consultation = consultation;
  if (from) query.from = from;
  if (to) query.to = to;
  if (next) query.next = next;
  return query;
};
