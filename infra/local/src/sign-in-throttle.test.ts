import { describe, expect, test } from 'vitest';
import { signInThrottle } from './sign-in-throttle.ts';

describe('the sign-in throttle', () => {
  const clock = () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    return { now: () => now, pass: (ms: number) => (now += ms) };
  };

  test('five attempts at once, then a delay that doubles with each further attempt, up to five minutes', () => {
    const time = clock();
    const throttle = signInThrottle(time.now);
    for (let i = 0; i < 5; i++) expect(throttle.begin('account#a', 'client#1')).toEqual({ allowed: true });
    expect(throttle.begin('account#a', 'client#1')).toEqual({ allowed: true });
    expect(throttle.begin('account#a', 'client#1')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    const waits = [];
    for (let i = 0; i < 12; i++) {
      const refused = throttle.begin('account#a', 'client#1');
      const wait = refused.allowed ? 0 : refused.retryAfterSeconds;
      waits.push(wait);
      time.pass(wait * 1000);
      expect(throttle.begin('account#a', 'client#1')).toEqual({ allowed: true });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
  });

  test('an address is held whichever account it tries, and an account whichever address tries it', () => {
    const throttle = signInThrottle(clock().now);
    for (let i = 0; i < 6; i++) throttle.begin(`account#${i}`, 'client#attacker');
    expect(throttle.begin('account#new', 'client#attacker').allowed).toBe(false);
    for (let i = 0; i < 6; i++) throttle.begin('account#victim', `client#${i}`);
    expect(throttle.begin('account#victim', 'client#elsewhere').allowed).toBe(false);
    expect(throttle.begin('account#other', 'client#elsewhere').allowed).toBe(true);
  });

  test('a success clears the account and the address; a quiet quarter of an hour forgets them', () => {
    const time = clock();
    const throttle = signInThrottle(time.now);
    for (let i = 0; i < 6; i++) throttle.begin('account#a', 'client#1');
    time.pass(1_000);
    throttle.succeeded('account#a', 'client#1');
    for (let i = 0; i < 5; i++) expect(throttle.begin('account#a', 'client#1').allowed).toBe(true);
    for (let i = 0; i < 3; i++) throttle.begin('account#b', 'client#2');
    time.pass(16 * 60_000);
    for (let i = 0; i < 6; i++) expect(throttle.begin('account#a', 'client#1').allowed).toBe(true);
  });
});
