import { formatRemaining } from '../../ui/countdown.ts';

/** How long is left until an instant, as the moderator's screens show it. */
export type TimeLeft =
  | { readonly kind: 'none' }
  | { readonly kind: 'over' }
  | { readonly kind: 'left'; readonly clock: string; readonly soon: boolean };

/**
 * mm:ss until `until` (absent: the rooms run until closed); `soon` within `warnMs` of the end —
 * a minute for breakout rooms, ten for the session — so the moderator can extend in time.
 */
export const timeLeft = (until: string | undefined, now: number, warnMs: number): TimeLeft => {
  if (!until) return { kind: 'none' };
  const left = Date.parse(until) - now;
  if (!Number.isFinite(left)) return { kind: 'none' };
  if (left <= 0) return { kind: 'over' };
  return { kind: 'left', clock: formatRemaining(left), soon: left <= warnMs };
};
