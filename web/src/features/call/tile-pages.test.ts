import { describe, expect, test } from 'vitest';
import { columnsFor, layoutFor, maxVideosReceived, pageOf, pageSizeFor, videosToReceive } from './tile-pages.ts';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('pages of tiles', () => {
  test('9 a page on a laptop, 16 on a large screen, 6 on an upright phone', () => {
    expect(pageSizeFor({ width: 1280, height: 800 })).toBe(9);
    expect(pageSizeFor({ width: 1920, height: 1080 })).toBe(16);
    expect(pageSizeFor({ width: 390, height: 844 })).toBe(6);
  });

  test('60 people on pages of 16: four pages, the last with 12', () => {
    const first = pageOf(people(60), 16, 0);
    expect(first).toMatchObject({ page: 0, pages: 4 });
    expect(first.onPage).toEqual(people(16));
    const last = pageOf(people(60), 16, 3);
    expect(last.onPage).toEqual(people(60).slice(48));
  });

  test('a page beyond the last (people left) shows the last; before the first shows the first', () => {
    expect(pageOf(people(10), 9, 5)).toMatchObject({ page: 1, pages: 2, onPage: ['p10'] });
    expect(pageOf(people(10), 9, -1)).toMatchObject({ page: 0 });
  });

  test('nobody else yet is one empty page', () => {
    expect(pageOf([], 9, 0)).toEqual({ onPage: [], page: 0, pages: 1 });
  });
});

describe('whose video is received', () => {
  test('only the tiles on screen', () => {
    const { onPage } = pageOf(people(30), 9, 1);
    expect(videosToReceive(onPage, undefined)).toEqual(people(18).slice(9));
  });

  test('and whoever speaks off the page, first', () => {
    expect(videosToReceive(['p1', 'p2'], 'p40')).toEqual(['p40', 'p1', 'p2']);
    expect(videosToReceive(['p1', 'p2'], 'p2')).toEqual(['p1', 'p2']);
  });

  test('never more than 25', () => {
    expect(videosToReceive(people(40), 'p50')).toHaveLength(maxVideosReceived);
    expect(videosToReceive(people(40), 'p50')[0]).toBe('p50');
  });
});

describe('layout', () => {
  test('1:1, a few, then a gallery', () => {
    expect([0, 1, 2, 4, 5, 16].map(layoutFor)).toEqual(['one', 'one', 'few', 'few', 'gallery', 'gallery']);
  });

  test('an upright phone stacks two tiles one above the other, not as two thin strips', () => {
    expect(columnsFor(2, true)).toBe(1);
    expect(columnsFor(2, false)).toBe(2);
    expect(columnsFor(6, true)).toBe(2);
    expect(columnsFor(9, false)).toBe(3);
    expect(columnsFor(16, false)).toBe(4);
  });
});
