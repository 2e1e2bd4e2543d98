/** A breakout room warns everyone in it this long before it closes. */
export const breakoutWarningSeconds = 60;
/** A group session warns everyone this long before it ends by itself. */
export const sessionWarningMinutes = 10;

export interface Countdown {
  /** Whole seconds left (rounded up: "0:01" until it closes), never below zero. */
  readonly secondsLeft: number;
  /** The last minute: the room is about to close. */
  readonly warning: boolean;
}

const secondsUntil = (instant: string, now: number): number => Math.max(0, Math.ceil((Date.parse(instant) - now) / 1000));

/** A breakout room's countdown, when it runs for a set time (`closesAt`). */
export const breakoutCountdown = (closesAt: string | undefined, now: number): Countdown | undefined => {
  if (!closesAt || Number.isNaN(Date.parse(closesAt))) return undefined;
  const secondsLeft = secondsUntil(closesAt, now);
  return { secondsLeft, warning: secondsLeft <= breakoutWarningSeconds };
};

/**
 * Minutes left (rounded up) when the session ends within the warning time; undefined before
 * then, and once it has ended (the consultation's own status says so).
 */
export const sessionEndingIn = (endsAt: string | undefined, now: number): number | undefined => {
  if (!endsAt || Number.isNaN(Date.parse(endsAt))) return undefined;
  const seconds = secondsUntil(endsAt, now);
  if (seconds <= 0 || seconds > sessionWarningMinutes * 60) return undefined;
  return Math.ceil(seconds / 60);
};
