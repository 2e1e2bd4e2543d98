import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';
import { linkLifetime, linkTtlSeconds } from './link-lifetime.ts';

let english: TFunction<'consultNow'>;
let swedish: TFunction<'consultNow'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'consultNow');
  swedish = (await testI18n('sv')).getFixedT('sv', 'consultNow');
});

describe('how long a Consult Now link works', () => {
  test('in minutes, singular and plural', () => {
    expect(linkLifetime(300, english)).toBe('The link works for 5 minutes.');
    expect(linkLifetime(300, swedish)).toBe('Länken fungerar i 5 minuter.');
    expect(linkLifetime(60, english)).toBe('The link works for 1 minute.');
    expect(linkLifetime(60, swedish)).toBe('Länken fungerar i 1 minut.');
    expect(linkLifetime(90, english)).toBe('The link works for 2 minutes.');
  });

  test('in hours when long', () => {
    expect(linkLifetime(3600, english)).toBe('The link works for 1 hour.');
    expect(linkLifetime(3600, swedish)).toBe('Länken fungerar i 1 timme.');
    expect(linkLifetime(7200, swedish)).toBe('Länken fungerar i 2 timmar.');
    expect(linkLifetime(5400, english)).toBe('The link works for 1 hour 30 minutes.');
    expect(linkLifetime(5400, swedish)).toBe('Länken fungerar i 1 timme och 30 minuter.');
  });

  test('in seconds for the short lifetimes of demos', () => {
    expect(linkLifetime(4, english)).toBe('The link works for 4 seconds.');
    expect(linkLifetime(1, swedish)).toBe('Länken fungerar i 1 sekund.');
    expect(linkLifetime(59, english)).toBe('The link works for 59 seconds.');
  });
});

test("the lifetime the site configuration publishes, else the server's default", () => {
  expect(linkTtlSeconds(600)).toBe(600);
  expect(linkTtlSeconds(undefined)).toBe(300);
  expect(linkTtlSeconds('600')).toBe(300);
  expect(linkTtlSeconds(-1)).toBe(300);
});
