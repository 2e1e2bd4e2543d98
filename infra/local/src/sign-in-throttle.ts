/** Attempts a key may make at once before each further one must wait. */
const freeAttempts = 5;
const firstDelayMs = 1_000;
const longestDelayMs = 5 * 60_000;
/** A key with no attempt for this long starts afresh. */
const forgetAfterMs = 15 * 60_000;
/** Beyond this many keys, old ones are swept on the next attempt. */
const maxRemembered = 10_000;

interface Attempts {
  count: number;
  /** No attempt under this key before this instant. */
  notBefore: number;
  last: number;
}

export type ThrottleVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Sign-in attempts per account and per client address, with a growing delay: five at once,
 * then one after 1 s, 2 s, 4 s… up to 5 minutes. An attempt counts when it starts, not when
 * its password has been checked, so a parallel burst is held like a sequence. A success
 * clears the account and the address.
 */
export const signInThrottle = (now: () => number = Date.now) => {
  const keys = new Map<string, Attempts>();

  const current = (key: string, at: number): Attempts | undefined => {
    const attempts = keys.get(key);
    if (attempts && at - attempts.last > Math.max(forgetAfterMs, attempts.notBefore - attempts.last)) {
      keys.delete(key);
      return undefined;
    }
    return attempts;
  };

  return {
    /** Counts an attempt under every key, or refuses it while any of them must wait. */
    begin(...attemptKeys: string[]): ThrottleVerdict {
      const at = now();
      if (keys.size > maxRemembered) for (const key of [...keys.keys()]) current(key, at);
      const waitUntil = Math.max(0, ...attemptKeys.map((key) => current(key, at)?.notBefore ?? 0));
      if (waitUntil > at) return { allowed: false, retryAfterSeconds: Math.ceil((waitUntil - at) / 1000) };
      for (const key of attemptKeys) {
        const attempts = current(key, at) ?? { count: 0, notBefore: 0, last: at };
        attempts.count += 1;
        attempts.last = at;
        const over = attempts.count - freeAttempts;
        attempts.notBefore = over > 0 ? at + Math.min(longestDelayMs, firstDelayMs * 2 ** (over - 1)) : 0;
        keys.set(key, attempts);
      }
      return { allowed: true };
    },
    succeeded(...attemptKeys: string[]): void {
      for (const key of attemptKeys) keys.delete(key);
    },
  };
};
