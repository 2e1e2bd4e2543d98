import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { namespaces } from './catalogs.ts';
import { languages } from './languages.ts';

const root = new URL('../locales/', import.meta.url).pathname;
const catalog = (language: string, namespace: string) =>
  JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;

/** Every key as a path, with its value. */
const entries = (tree: Record<string, unknown>, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? entries(value as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );

/** Plural forms differ by language (i18next's `_one`, `_other`…): compare the words without them. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the catalogs', () => {
  test('every language has a catalog for every namespace, and nothing else', () => {
    for (const language of languages) {
      expect(readdirSync(join(root, language)).sort()).toEqual(namespaces.map((ns) => `${ns}.json`).sort());
    }
  });

  test.each(namespaces)('%s: the same keys in every language, and no empty text', (namespace) => {
    const [first = [], ...others] = languages.map((language) => entries(catalog(language, namespace)));
    const keys = (list: [string, unknown][]) => [...new Set(list.map(([key]) => stem(key)))].sort();
    for (const other of others) expect(keys(other)).toEqual(keys(first));
    for (const list of [first, ...others]) {
      for (const [key, value] of list) {
        expect(typeof value, key).toBe('string');
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });
});
