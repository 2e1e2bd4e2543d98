import { describe, expect, it } from 'vitest';
import { same } from './consultation-items.ts';

describe('same', () => {
  it('compares values as they will read back from the table', () => {
    expect(same({ a: 1, b: { c: [1, 'x', null] } }, { b: { c: [1, 'x', null] }, a: 1 })).toBe(true);
    expect(same({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(same({ when: new Date(0) }, { when: '1970-01-01T00:00:00.000Z' })).toBe(true);
  });

  it('tells apart what differs anywhere', () => {
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(same({ a: 1, b: 1 }, { a: 1, c: 1 })).toBe(false);
    expect(same({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
    expect(same({ list: [1] }, { list: [1, 1] })).toBe(false);
    expect(same({ list: [] }, { list: {} })).toBe(false);
    expect(same({ a: null }, { a: {} })).toBe(false);
    expect(same({ a: '1' }, { a: 1 })).toBe(false);
    expect(same({ deep: { er: { still: true } } }, { deep: { er: { still: false } } })).toBe(false);
  });
});
