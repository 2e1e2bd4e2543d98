import { DomainError } from '../errors.ts';
import type { Lifecycle } from './transition.ts';
import { move } from './transition.ts';

export const linkStatuses = ['issued', 'used', 'expired', 'revoked', 'locked'] as const;
export type LinkStatus = (typeof linkStatuses)[number];
export type LinkEvent = 'redeem' | 'fail-verification' | 'lock' | 'extend' | 'revoke' | 'expire';

/** Wrong dates of birth before a link is locked, unless its call type says otherwise. */
export const maxVerificationAttempts = 5;

export const linkLifecycle: Lifecycle<LinkStatus, LinkEvent> = {
  redeem: { from: ['issued'], to: 'used' },
  'fail-verification': { from: ['issued'], to: 'issued' },
  lock: { from: ['issued'], to: 'locked' },
  extend: { from: ['issued'], to: 'issued' },
  revoke: { from: ['issued'], to: 'revoked' },
  expire: { from: ['issued'], to: 'expired' },
};

export interface LinkState {
  readonly status: LinkStatus;
  /** ISO-8601 instant. */
  readonly expiresAt: string;
  readonly attempts: number;
  /** ISO-8601 instant before which the link does not open yet (an appointment's, 30 minutes before it starts). */
  readonly validFrom?: string;
}

/** The status a caller sees: an issued link past its time is expired even before the timer says so. */
export const effectiveLinkStatus = (link: LinkState, now: Date): LinkStatus =>
  link.status === 'issued' && Date.parse(link.expiresAt) <= now.getTime() ? 'expired' : link.status;

const refusal: Record<Exclude<LinkStatus, 'issued'>, DomainError> = {
  used: new DomainError('link-used', 'This link has already been used. Ask your clinic for a new one.'),
  expired: new DomainError('link-expired', 'This link has expired. Ask your clinic to send a new one.'),
  revoked: new DomainError('link-revoked', 'This link was withdrawn by the clinic.'),
  locked: new DomainError(
    'link-locked',
    'This link is locked after too many attempts. Ask your clinic for a new one.',
  ),
};

/** Throws the public error for a link that cannot be used now (too early included: nothing is counted). */
export const assertLinkUsable = (link: LinkState, now: Date): void => {
  const status = effectiveLinkStatus(link, now);
  if (status !== 'issued') throw refusal[status];
  if (link.validFrom && Date.parse(link.validFrom) > now.getTime()) {
    throw new DomainError('not-open-yet', 'This link opens 30 minutes before the appointment starts. Please come back then.', {
      opensAt: link.validFrom,
    });
  }
};

export const redeemLink = (link: LinkState, now: Date): LinkState => {
  assertLinkUsable(link, now);
  return { ...link, status: move('link', linkLifecycle, link.status, 'redeem') };
};

/**
 * A date-of-birth check takes one of the five attempts BEFORE anything is compared, so that a
 * burst of guesses can never have more than five compared. The link stays issued: a right
 * answer still redeems it.
 */
export const reserveVerification = (link: LinkState, now: Date, maxAttempts = maxVerificationAttempts): LinkState => {
  assertLinkUsable(link, now);
  if (link.attempts >= maxAttempts) throw refusal.locked;
  return { ...link, attempts: link.attempts + 1, status: move('link', linkLifecycle, link.status, 'fail-verification') };
};

/**
 * A wrong answer, its attempt already taken: the one that took the fifth locks the link for
 * good, even if a right answer is still being checked (a link under attack is burned, never
 * redeemed on a sixth guess). Anything else stays as it is.
 */
export const failVerification = (link: LinkState, maxAttempts = maxVerificationAttempts): LinkState =>
  link.status === 'issued' && link.attempts >= maxAttempts
    ? { ...link, status: move('link', linkLifecycle, link.status, 'lock') }
    : link;

export const extendLink = (
  link: LinkState,
  minutes: number,
  maxMinutes: number,
  now: Date,
): LinkState => {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes) {
    throw new DomainError('invalid-request', `A link can be extended by 1 to ${maxMinutes} minutes.`);
  }
  assertLinkUsable(link, now);
  const from = Math.max(Date.parse(link.expiresAt), now.getTime());
  return {
    ...link,
    status: move('link', linkLifecycle, link.status, 'extend'),
    expiresAt: new Date(from + minutes * 60_000).toISOString(),
  };
};

export const revokeLink = (link: LinkState): LinkState => ({
  ...link,
  status: move('link', linkLifecycle, link.status, 'revoke'),
});

/** The timer's view: expire only an issued link whose time has come; otherwise nothing changes. */
export const expireLink = (link: LinkState, now: Date): LinkState =>
  link.status === 'issued' && Date.parse(link.expiresAt) <= now.getTime()
    ? { ...link, status: move('link', linkLifecycle, link.status, 'expire') }
    : link;
