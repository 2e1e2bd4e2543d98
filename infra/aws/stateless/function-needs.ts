import type { TableName } from '@clinicall/functions/adapters/dynamodb/tables';
import { auditedOperations } from '@clinicall/functions/audit/audited-operations';
import type { AuditUse, FunctionNeeds } from '@clinicall/functions/composition/needs';
import { loadRouteFactory } from '@clinicall/functions/route-factories';
import { type Route, routes } from '@clinicall/functions/routes';

export type { AuditUse, FunctionNeeds, MeetingUse } from '@clinicall/functions/composition/needs';
export { needs as timerNeeds } from '@clinicall/functions/handlers/timer';
export { needs as webSocketNeeds } from '@clinicall/functions/handlers/websocket';

/**
 * What each route touches, as its handler file declares it beside the handler; read once, before
 * any stack is built, so that a function gets that env and IAM and nothing else. A route whose
 * handler file does not say stops the synth, rather than deploying with too much or too little.
 */
const declared = new Map<Route, FunctionNeeds>(
  await Promise.all(routes.map(async (route) => [route, (await loadRouteFactory(route)).needs] as const)),
);

/** The audit trail uses a function's needs name, as one list. */
export const auditUsesOf = (needs: FunctionNeeds): AuditUse[] => [needs.audit ?? []].flat();

export const needsOfRoute = (route: Route): FunctionNeeds => {
  const needs = declared.get(route);
  if (!needs) {
    throw new Error(
      `${route.operation.method} ${route.operation.path} (${route.operation.id}) is not in the route table ` +
        '(functions/src/routes.ts): its needs are read from the handler file of each route there.',
    );
  }
  // The route layer records every audited operation (http/route.ts): such a route appends to the trail.
  if (!Object.hasOwn(auditedOperations, route.operation.id)) return needs;
  return { ...needs, audit: [...new Set<AuditUse>([...auditUsesOf(needs), 'append'])].sort() };
};

const stronger = (a: 'read' | 'write' | undefined, b: 'read' | 'write') => (a === 'write' || b === 'write' ? 'write' : 'read');

/** What one function serving several routes (a handler file) needs: everything any of them needs. */
export const unionOfNeeds = (all: readonly FunctionNeeds[]): FunctionNeeds => {
  const tables: Partial<Record<TableName, 'read' | 'write'>> = {};
  for (const needs of all) {
    for (const [table, access] of Object.entries(needs.tables ?? {}) as [TableName, 'read' | 'write'][]) tables[table] = stronger(tables[table], access);
  }
  const meetings = [...new Set(all.flatMap((needs) => [needs.meetings ?? []].flat()))].sort();
  const audit = [...new Set(all.flatMap(auditUsesOf))].sort();
  const any = (key: 'events' | 'timers' | 'notifier' | 'integrations' | 'staffDirectory') => all.some((needs) => needs[key]);
  return {
    ...(Object.keys(tables).length > 0 && { tables }),
    ...(any('events') && { events: true }),
    ...(any('timers') && { timers: true }),
    ...(any('notifier') && { notifier: true }),
    ...(any('integrations') && { integrations: true }),
    ...(any('staffDirectory') && { staffDirectory: true }),
    ...(meetings.length > 0 && { meetings }),
    ...(audit.length > 0 && { audit }),
  };
};
