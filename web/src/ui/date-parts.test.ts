import { expect, test } from 'vitest';
import { isRealDate, partsOf, typedDate, writtenDate } from './date-parts.ts';

test('a date goes into the boxes as a person types it, and comes out as YYYY-MM-DD', () => {
  expect(partsOf('2027-04-09')).toEqual({ day: '9', month: '4', year: '2027' });
  expect(partsOf('')).toEqual({ day: '', month: '', year: '' });
  expect(typedDate({ day: ' 9', month: '4 ', year: '2027' })).toBe('2027-04-09');
  expect(typedDate({ day: '', month: ' ', year: '' })).toBe('');
});

test('what is not a date comes out as something that is not one either', () => {
  for (const parts of [
    { day: '31', month: '4', year: '2027' },
    { day: '9', month: '', year: '2027' },
    { day: '9', month: 'apr', year: '2027' },
    { day: '9', month: '4', year: '27' },
  ]) {
    expect(isRealDate(typedDate(parts)), JSON.stringify(parts)).toBe(false);
  }
  expect(isRealDate('2028-02-29')).toBe(true);
  expect(isRealDate('2027-02-29')).toBe(false);
});

test('the example in the hint is written in the page language’s order', () => {
  expect(writtenDate('2027-04-12', 'en')).toBe('12 4 2027');
  expect(writtenDate('2027-04-12', 'sv')).toBe('2027 4 12');
});
