import { describe, expect, it } from 'vitest';
import type { AwsAdapters } from '@clinicall/functions/composition/aws';
import { handlerEntry, routes } from '@clinicall/functions/routes';
import { tablesOf } from './function-access.ts';
import { type FunctionNeeds, needsOfRoute, timerNeeds, unionOfNeeds, webSocketNeeds } from './function-needs.ts';

const handlerFile = (file: string) => new URL(`../../../functions/src/handlers/${file}.ts`, import.meta.url).pathname;

/** The adapters beyond the store that a function's needs imply. */
const adaptersOf = (needs: FunctionNeeds): (keyof AwsAdapters)[] =>
  (['notifier', 'events', 'timers', 'meetings', 'integrations', 'staffDirectory'] as const).filter((name) => needs[name] !== undefined);

const declared = async (entry: string): Promise<string[]> => {
  const module = (await import(entry)) as { awsAdapters?: AwsAdapters };
  return Object.keys(module.awsAdapters ?? {}).filter((name) => name !== 'tables');
};

/** The tables whose repositories a handler file's store holds. */
const declaredTables = async (entry: string): Promise<string[]> => {
  const module = (await import(entry)) as { awsAdapters?: AwsAdapters };
  return (module.awsAdapters?.tables ?? []).map((table) => table.table).sort();
};

/**
 * A Lambda bundle holds only the adapters its handler file names (composition/aws.ts); the
 * environment and IAM come from the needs declared beside each handler. They must agree, or a
 * function deployed with the permission would still fail for want of the client.
 */
describe('the adapters each handler file bundles', () => {
  it.each(routes.map((route) => [route.operation.id, route] as const))('cover what %s needs', async (_, route) => {
    expect(await declared(handlerEntry(route))).toEqual(expect.arrayContaining(adaptersOf(needsOfRoute(route))));
  });

  it('cover what the timer task and the events socket need', async () => {
    expect(await declared(handlerFile('timer'))).toEqual(expect.arrayContaining(adaptersOf(timerNeeds)));
    expect(await declared(handlerFile('websocket'))).toEqual(expect.arrayContaining(adaptersOf(webSocketNeeds)));
  });

  it('name nothing no function of the file needs: each one is bundled', async () => {
    const byFile = new Map<string, Set<string>>();
    for (const route of routes) {
      const needed = byFile.get(handlerEntry(route)) ?? new Set<string>();
      for (const name of adaptersOf(needsOfRoute(route))) needed.add(name);
      byFile.set(handlerEntry(route), needed);
    }
    byFile.set(handlerFile('timer'), new Set(adaptersOf(timerNeeds)));
    byFile.set(handlerFile('websocket'), new Set(adaptersOf(webSocketNeeds)));
    for (const [entry, needed] of byFile) expect({ entry, adapters: (await declared(entry)).sort() }).toEqual({ entry, adapters: [...needed].sort() });
  });
});

/**
 * A Lambda function's store holds the repositories of the tables its handler file names, and
 * IAM lets it touch the tables its needs imply: the two are the same list, so no function
 * carries a repository it may not use, nor misses one it may.
 */
describe('the tables each handler file bundles', () => {
  it('are the tables its functions may touch', async () => {
    const byFile = new Map<string, FunctionNeeds[]>();
    for (const route of routes) byFile.set(handlerEntry(route), [...(byFile.get(handlerEntry(route)) ?? []), needsOfRoute(route)]);
    const expected = [...byFile].map(([entry, needs]) => [entry, tablesOf(unionOfNeeds(needs))] as const);
    expected.push([handlerFile('timer'), tablesOf(timerNeeds)], [handlerFile('websocket'), tablesOf(webSocketNeeds)]);
    for (const [entry, tables] of expected) expect({ entry, tables: await declaredTables(entry) }).toEqual({ entry, tables });
  });
});
