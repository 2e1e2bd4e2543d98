import { readFileSync } from 'node:fs';
import { errorStatus } from '@clinicall/shared';
import { beforeEach, describe, expect, test } from 'vitest';
import { speak } from '../ui/test-language.ts';
import { errorText } from './error-text.ts';
import { ApiError } from './request.ts';

const catalog = (language: string) =>
  JSON.parse(readFileSync(new URL(`../locales/${language}/errors.json`, import.meta.url), 'utf8')) as {
    codes: Record<string, string>;
  };

describe.each(['en', 'sv'])('the %s errors catalog', (language) => {
  test('has words for every code the API can answer with', () => {
    const codes = catalog(language).codes;
    for (const code of Object.keys(errorStatus)) expect(codes[code]?.trim(), code).toBeTruthy();
  });
});

describe('what a refusal says', () => {
  beforeEach(() => speak('en'));

  test("the code's words, never the server's message", () => {
    const error = new ApiError(410, 'link-expired', 'A server sentence nobody should read.');
    expect(error.message).toBe('This link has expired. Ask your clinic to send a new one.');
    expect(error.serverMessage).toBe('A server sentence nobody should read.');
  });

  test('a full meeting room says so, not what a local call holds', () => {
    expect(errorText('room-full', { capacity: 6, meetingRoom: true })).toBe('This room is full: six people are in it. Try again when someone has left.');
    expect(errorText('room-full', { capacity: 6 })).toContain('On this machine a room holds 6 people');
  });

  test('attempts left, in the right number', () => {
    expect(errorText('verification-failed', { attemptsLeft: 1 })).toMatch(
      /try again\. You have 1 attempt left\.$/,
    );
    expect(errorText('verification-failed', { attemptsLeft: 3 })).toMatch(/You have 3 attempts left\.$/);
  });

  test('how long to wait, and when a link opens', () => {
    expect(errorText('too-many-attempts', { retryAfterSeconds: 30 })).toBe(
      'Too many attempts. Wait a moment and try again. Try again in 30 seconds.',
    );
    expect(errorText('not-open-yet', { opensAt: '2026-04-14T08:30:00Z' })).toMatch(
      /^This opens 30 minutes before .* It opens at .*\d\d:\d\d\.$/,
    );
  });

  test('how many people a call holds', () => {
    expect(errorText('participant-limit', { limit: 3 })).toMatch(/at most the clinician, the patient and 3 other people\./);
    expect(errorText('participant-limit', { limit: 1 })).toMatch(/and 1 other person\./);
  });

  test('an unknown code, or none, says something went wrong', () => {
    expect(errorText('teapot')).toBe('Something went wrong. Please try again.');
    expect(errorText('toString')).toBe('Something went wrong. Please try again.');
  });

  test('in Swedish', () => {
    speak('sv');
    expect(new ApiError(401, 'verification-failed', 'English', [], { attemptsLeft: 2 }).message).toBe(
      'Uppgifterna stämmer inte med det vi har registrerat. Kontrollera födelsedatumet och försök igen. Du har 2 försök kvar.',
    );
    expect(errorText('teapot')).toBe('Något gick fel. Försök igen.');
  });
});
