import { useTranslation } from 'react-i18next';
import { describeRemaining, formatRemaining } from './countdown.ts';
import { useNow } from './use-now.ts';

/** mm:ss until `expiresAt`, ticking; "expired" once it passes. */
export const Countdown = ({ expiresAt }: { expiresAt: string }) => {
  const { t } = useTranslation('ui');
  const left = Date.parse(expiresAt) - useNow();
  if (left <= 0) return <span className="countdown countdown--over">{t('countdown.expired')}</span>;
  return (
    <span
      className={left < 60_000 ? 'countdown countdown--soon' : 'countdown'}
      role="timer"
      aria-label={t('countdown.left', { time: describeRemaining(left) })}
    >
      {formatRemaining(left)}
    </span>
  );
};
