import { describe, expect, it } from 'vitest';
import { DomainError, type ErrorCode } from '../errors.ts';
import {
  effectiveLinkStatus,
  expireLink,
  extendLink,
  failVerification,
  type LinkEvent,
  linkLifecycle,
  type LinkState,
  type LinkStatus,
  linkStatuses,
  maxVerificationAttempts,
  redeemLink,
  reserveVerification,
  revokeLink,
} from './link.ts';
import { move } from './transition.ts';

const now = new Date('2025-06-01T12:00:00.000Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000).toISOString();
const link = (overrides: Partial<LinkState> = {}): LinkState => ({
  status: 'issued',
  expiresAt: minutes(5),
  attempts: 0,
  ...overrides,
});

const thrownBy = (attempt: () => unknown): DomainError => {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the call to throw');
};

describe('link lifecycle table', () => {
  const events: LinkEvent[] = ['redeem', 'fail-verification', 'lock', 'extend', 'revoke', 'expire'];
  const legal: Record<string, LinkStatus> = {
    'issued redeem': 'used',
    'issued fail-verification': 'issued',
    'issued lock': 'locked',
    'issued extend': 'issued',
    'issued revoke': 'revoked',
    'issued expire': 'expired',
  };

  it('has a rule for exactly the known events', () => {
    expect(Object.keys(linkLifecycle).sort()).toEqual([...events].sort());
  });

  for (const status of linkStatuses) {
    for (const event of events) {
      const to = legal[`${status} ${event}`];
      if (to) {
        it(`${status} --${event}--> ${to}`, () => {
          expect(move('link', linkLifecycle, status, event)).toBe(to);
        });
      } else {
        it(`${status} cannot ${event}`, () => {
          const error = thrownBy(() => move('link', linkLifecycle, status, event));
          expect(error.code).toBe('illegal-transition');
          expect(error.details).toEqual({ state: status, event });
        });
      }
    }
  }
});

describe('effectiveLinkStatus', () => {
  it('is issued before expiresAt', () => {
    expect(effectiveLinkStatus(link({ expiresAt: minutes(0.001) }), now)).toBe('issued');
  });

  it('is expired at and past expiresAt, before any timer ran', () => {
    expect(effectiveLinkStatus(link({ expiresAt: minutes(0) }), now)).toBe('expired');
    expect(effectiveLinkStatus(link({ expiresAt: minutes(-1) }), now)).toBe('expired');
  });

  it('keeps a final status whatever the time', () => {
    for (const status of ['used', 'revoked', 'locked', 'expired'] as const) {
      expect(effectiveLinkStatus(link({ status, expiresAt: minutes(10) }), now)).toBe(status);
      expect(effectiveLinkStatus(link({ status, expiresAt: minutes(-10) }), now)).toBe(status);
    }
  });
});

describe('redeemLink', () => {
  it('uses an issued link in time', () => {
    const redeemed = redeemLink(link({ attempts: 2 }), now);
    expect(redeemed).toEqual({ status: 'used', expiresAt: minutes(5), attempts: 2 });
  });

  const refusals: [string, LinkState, ErrorCode][] = [
    ['expired by time', link({ expiresAt: minutes(-1) }), 'link-expired'],
    ['expired by the timer', link({ status: 'expired', expiresAt: minutes(-1) }), 'link-expired'],
    ['used', link({ status: 'used' }), 'link-used'],
    ['revoked', link({ status: 'revoked' }), 'link-revoked'],
    ['locked', link({ status: 'locked', attempts: 5 }), 'link-locked'],
  ];
  for (const [what, state, code] of refusals) {
    it(`refuses a link that is ${what} with ${code} (410)`, () => {
      const error = thrownBy(() => redeemLink(state, now));
      expect(error.code).toBe(code);
      expect(error.status).toBe(410);
      expect(error.message.length).toBeGreaterThan(0);
    });
  }

  it('reports used before expired for a used link past its time', () => {
    expect(thrownBy(() => redeemLink(link({ status: 'used', expiresAt: minutes(-1) }), now)).code).toBe('link-used');
  });
});

describe('reserveVerification and failVerification', () => {
  it('takes an attempt before comparing, and the wrong answer holding the fifth locks the link', () => {
    expect(maxVerificationAttempts).toBe(5);
    let state = link();
    for (let attempt = 1; attempt < maxVerificationAttempts; attempt++) {
      state = failVerification(reserveVerification(state, now));
      expect(state).toMatchObject({ status: 'issued', attempts: attempt });
    }
    state = reserveVerification(state, now);
    expect(state).toMatchObject({ status: 'issued', attempts: 5 });
    // No sixth check can start while the fifth is being compared.
    expect(thrownBy(() => reserveVerification(state, now)).code).toBe('link-locked');
    state = failVerification(state);
    expect(state).toMatchObject({ status: 'locked', attempts: 5 });
    expect(thrownBy(() => reserveVerification(state, now)).code).toBe('link-locked');
    expect(thrownBy(() => redeemLink(state, now)).code).toBe('link-locked');
  });

  it('lets a right answer holding the fifth attempt redeem the link', () => {
    const held = reserveVerification(link({ attempts: 4 }), now);
    expect(redeemLink(held, now).status).toBe('used');
  });

  it('refuses an expired link rather than counting', () => {
    expect(thrownBy(() => reserveVerification(link({ expiresAt: minutes(-1) }), now)).code).toBe('link-expired');
  });

  it('locks at the number of attempts the call type allows', () => {
    const held = reserveVerification(link({ attempts: 2 }), now, 3);
    expect(thrownBy(() => reserveVerification(held, now, 3)).code).toBe('link-locked');
    expect(failVerification(held, 3)).toMatchObject({ status: 'locked', attempts: 3 });
    expect(failVerification(held)).toMatchObject({ status: 'issued', attempts: 3 });
  });
});

describe('extendLink', () => {
  it('extends a link still in time from its expiry', () => {
    expect(extendLink(link(), 10, 60, now)).toEqual({ status: 'issued', expiresAt: minutes(15), attempts: 0 });
  });

  it('accepts exactly 1 and exactly the maximum', () => {
    expect(extendLink(link(), 1, 60, now).expiresAt).toBe(minutes(6));
    expect(extendLink(link(), 60, 60, now).expiresAt).toBe(minutes(65));
  });

  it('extends from now when the expiry is already close to now', () => {
    const almost = link({ expiresAt: new Date(now.getTime() + 1).toISOString() });
    expect(extendLink(almost, 5, 60, now).expiresAt).toBe(new Date(now.getTime() + 1 + 5 * 60_000).toISOString());
  });

  for (const bad of [0, -1, 61, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`refuses ${bad} minutes with invalid-request`, () => {
      const error = thrownBy(() => extendLink(link(), bad, 60, now));
      expect(error.code).toBe('invalid-request');
      expect(error.message).toContain('1 to 60');
    });
  }

  it('refuses any extension when the maximum is 0', () => {
    expect(thrownBy(() => extendLink(link(), 1, 0, now)).code).toBe('invalid-request');
  });

  it('cannot revive an expired, used, revoked or locked link', () => {
    expect(thrownBy(() => extendLink(link({ expiresAt: minutes(-1) }), 5, 60, now)).code).toBe('link-expired');
    expect(thrownBy(() => extendLink(link({ status: 'used' }), 5, 60, now)).code).toBe('link-used');
    expect(thrownBy(() => extendLink(link({ status: 'revoked' }), 5, 60, now)).code).toBe('link-revoked');
    expect(thrownBy(() => extendLink(link({ status: 'locked' }), 5, 60, now)).code).toBe('link-locked');
  });
});

describe('revokeLink', () => {
  it('revokes an issued link, even one past its time', () => {
    expect(revokeLink(link()).status).toBe('revoked');
    expect(revokeLink(link({ expiresAt: minutes(-1) })).status).toBe('revoked');
  });

  for (const status of ['used', 'revoked', 'locked', 'expired'] as const) {
    it(`refuses to revoke a ${status} link`, () => {
      expect(thrownBy(() => revokeLink(link({ status }))).code).toBe('illegal-transition');
    });
  }
});

describe('expireLink', () => {
  it('expires an issued link that is due', () => {
    expect(expireLink(link({ expiresAt: minutes(0) }), now).status).toBe('expired');
    expect(expireLink(link({ expiresAt: minutes(-3) }), now).status).toBe('expired');
  });

  it('leaves an issued link that is not yet due unchanged', () => {
    const state = link();
    expect(expireLink(state, now)).toBe(state);
  });

  for (const status of ['used', 'revoked', 'locked', 'expired'] as const) {
    it(`leaves a ${status} link unchanged, due or not`, () => {
      const due = link({ status, expiresAt: minutes(-1) });
      expect(expireLink(due, now)).toBe(due);
    });
  }
});

describe('a link that opens later (an appointment’s)', () => {
  it('is refused with not-open-yet (409) and when it opens, before it counts any attempt', () => {
    const early = link({ validFrom: minutes(10), expiresAt: minutes(70) });
    const error = thrownBy(() => redeemLink(early, now));
    expect(error.code).toBe('not-open-yet');
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ opensAt: minutes(10) });
    expect(thrownBy(() => reserveVerification(early, now)).code).toBe('not-open-yet');
  });

  it('opens at validFrom exactly and is used like any other', () => {
    const opening = link({ validFrom: minutes(0), expiresAt: minutes(70) });
    expect(redeemLink(opening, now).status).toBe('used');
  });

  it('says expired, not early, once its time is over', () => {
    expect(thrownBy(() => redeemLink(link({ validFrom: minutes(-90), expiresAt: minutes(-1) }), now)).code).toBe('link-expired');
  });
});
