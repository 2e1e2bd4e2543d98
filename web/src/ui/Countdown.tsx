import { describeRemaining, formatRemaining } from './countdown.ts';
import { useNow } from './use-now.ts';

/** mm:ss until `expiresAt`, ticking; "expired" once it passes. */
export const Countdown = ({ expiresAt }: { expiresAt: string }) => {
  const left = Date.parse(expiresAt) - useNow();
  if (left <= 0) return <span className="countdown countdown--over">expired</span>;
  return (
    <span className={left < 60_000 ? 'countdown countdown--soon' : 'countdown'} role="timer" aria-label={`${describeRemaining(left)} left`}>
      {formatRemaining(left)}
    </span>
  );
};
