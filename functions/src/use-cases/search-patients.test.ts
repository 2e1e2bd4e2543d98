import { describe, expect, it } from 'vitest';
import { prefixOf, searchKey } from '#adapters/dynamodb/patients';
import { interpretQuery } from './search-patients.ts';

describe('interpretQuery', () => {
  it('reads an ISO date as a date of birth', () => {
    expect(interpretQuery('1980-04-12')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-12' });
    expect(interpretQuery('  1980-04-12 ')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-12' });
  });

  it('reads a UK date DD/MM/YYYY, with or without leading zeros, and other separators', () => {
    expect(interpretQuery('12/04/1980')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-12' });
    expect(interpretQuery('2/4/1980')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-02' });
    expect(interpretQuery('12.04.1980')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-12' });
    expect(interpretQuery('12-04-1980')).toEqual({ by: 'date-of-birth', dateOfBirth: '1980-04-12' });
  });

  it('does not take an impossible or future date for a date of birth', () => {
    expect(interpretQuery('30/02/1999').by).not.toBe('date-of-birth');
    expect(interpretQuery('1999-02-30').by).not.toBe('date-of-birth');
    expect(interpretQuery('01/01/2999').by).not.toBe('date-of-birth');
    // month first (US order) is not a UK date
    expect(interpretQuery('04/13/1980').by).not.toBe('date-of-birth');
  });

  it('reads a UK mobile in local or international format', () => {
    expect(interpretQuery('07700 900123')).toEqual({ by: 'mobile', mobile: '+447700900123' });
    expect(interpretQuery('07700900123')).toEqual({ by: 'mobile', mobile: '+447700900123' });
    expect(interpretQuery('+44 7700 900123')).toEqual({ by: 'mobile', mobile: '+447700900123' });
    expect(interpretQuery('+46 70 123 45 67')).toEqual({ by: 'mobile', mobile: '+46701234567' });
  });

  it('treats short digit strings as names, not phone numbers', () => {
    expect(interpretQuery('12345')).toEqual({ by: 'name', words: ['12345'] });
  });

  it('reads names as search keys: lower case, accents and punctuation removed', () => {
    expect(interpretQuery('Zoë')).toEqual({ by: 'name', words: ['zoe'] });
    expect(interpretQuery("  Zoë   O'Brien ")).toEqual({ by: 'name', words: ['zoe', 'obrien'] });
    expect(interpretQuery('JOSÉ Núñez-García')).toEqual({ by: 'name', words: ['jose', 'nunezgarcia'] });
    expect(interpretQuery('Øystein Ærø')).toEqual({ by: 'name', words: ['øystein', 'ærø'] });
  });

  it('drops words with nothing searchable in them', () => {
    expect(interpretQuery('alex - example')).toEqual({ by: 'name', words: ['alex', 'example'] });
    expect(interpretQuery('!!')).toEqual({ by: 'name', words: [] });
  });
});

describe('searchKey and prefixOf', () => {
  it('normalise names the same way the query does', () => {
    expect(searchKey("Zoë O'Brien")).toBe('zoeobrien');
    expect(searchKey('ÅSA')).toBe('asa');
    expect(searchKey('Müller')).toBe('muller');
  });

  it('partition by the first two letters, padded', () => {
    expect(prefixOf('alex')).toBe('al');
    expect(prefixOf('j')).toBe('j_');
    expect(prefixOf('')).toBe('__');
  });
});
