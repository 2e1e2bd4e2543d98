import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from '@clinicall/functions/routes';
import { featureEntry, routesByFile } from './feature-entries.ts';

const handlerFile = (file: string) => new URL(`../../../functions/src/handlers/${file}.ts`, import.meta.url).pathname;

describe('the Lambda entry of each handler file', () => {
  it.each([...routesByFile(routes)])('%s: dispatches every route of the file to an export it has', async (file, served) => {
    const source = readFileSync(featureEntry(file, served), 'utf8');
    const exported = (await import(handlerFile(file))) as Record<string, unknown>;
    const mapped = [...source.matchAll(/^ {2}"([A-Z]+ [^"]+)": feature\.(\w+),$/gm)].map(([, key, name]) => [key, name]);
    expect(mapped).toEqual(served.map((route) => [`${route.operation.method} ${route.operation.path}`, route.name]));
    for (const [, name] of mapped) expect(typeof exported[name!], `${file}.${name}`).toBe('function');
  });

  it('covers every route once', () => {
    const grouped = [...routesByFile(routes).values()].flat();
    expect(grouped).toHaveLength(routes.length);
    expect(new Set(grouped)).toEqual(new Set(routes));
  });
});
