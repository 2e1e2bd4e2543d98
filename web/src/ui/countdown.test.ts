import { beforeEach, expect, test } from 'vitest';
import { describeRemaining, formatRemaining } from './countdown.ts';
import { speak } from './test-language.ts';

beforeEach(() => speak('en'));

test('time left reads as mm:ss, rounded up, never below zero', () => {
  expect(formatRemaining(300_000)).toBe('05:00');
  expect(formatRemaining(299_001)).toBe('05:00');
  expect(formatRemaining(65_000)).toBe('01:05');
  expect(formatRemaining(3_665_000)).toBe('61:05');
  expect(formatRemaining(0)).toBe('00:00');
  expect(formatRemaining(-5_000)).toBe('00:00');
});

test('and in words', () => {
  expect(describeRemaining(245_000)).toBe('4 minutes 5 seconds');
  expect(describeRemaining(60_000)).toBe('1 minute');
  expect(describeRemaining(1_000)).toBe('1 second');
  expect(describeRemaining(0)).toBe('0 seconds');
});

test('and in Swedish words', () => {
  speak('sv');
  expect(describeRemaining(245_000)).toBe('4 minuter 5 sekunder');
  expect(describeRemaining(61_000)).toBe('1 minut 1 sekund');
});
