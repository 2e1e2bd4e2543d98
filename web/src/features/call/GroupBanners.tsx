import type { SessionResponse } from '@clinicall/shared';
import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../ui/countdown.ts';
import { breakoutCountdown, sessionEndingIn } from './group-timing.ts';
import { useNow } from './use-now.ts';
import type { Broadcast } from './use-broadcasts.ts';

/** Where a person stands in a group consultation, as their call shows it. */
export interface GroupCall {
  /** Their breakout room (absent: the main room). */
  readonly room?: string | undefined;
  readonly breakout?: SessionResponse['consultation']['breakout'];
  /** The session ends by itself then. */
  readonly endsAt?: string | undefined;
  readonly handRaised: boolean;
}

interface GroupBannersProps {
  readonly group: GroupCall;
  readonly broadcasts: readonly Broadcast[];
  readonly onDismiss: (id: number) => void;
}

/**
 * Over a group consultation's call: the breakout room they are in and its countdown (a warning
 * in its last minute), the session's end 10 minutes ahead, and the moderators' messages.
 */
export const GroupBanners = ({ group, broadcasts, onDismiss }: GroupBannersProps) => {
  const { t } = useTranslation('call');
  const room = group.room && group.breakout?.rooms.find((open) => open.id === group.room);
  const inBreakout = !!group.room && group.room !== 'main';
  const now = useNow(!!group.endsAt || (inBreakout && !!group.breakout?.closesAt));
  const countdown = inBreakout ? breakoutCountdown(group.breakout?.closesAt, now) : undefined;
  const endingIn = sessionEndingIn(group.endsAt, now);
  return (
    <>
      {inBreakout && (
        <p
          className={countdown?.warning ? 'call__banner call__banner--trouble' : 'call__banner'}
          data-testid="breakout-room"
        >
          {t('group.inRoom', { name: room ? room.name : t('group.breakoutRoom') })}
          {countdown && (
            // The clock ticks every second: read when asked, not announced at each tick.
            <span className="call__banner-note" aria-live="off">
              {t('group.closesIn', { time: formatRemaining(countdown.secondsLeft * 1000) })}
            </span>
          )}
          {countdown?.warning && <span className="call__banner-note">{t('group.closingSoon')}</span>}
        </p>
      )}
      {endingIn !== undefined && (
        <p className="call__banner call__banner--trouble" data-testid="session-ending">
          {t('group.endsSoon', { count: endingIn })}
        </p>
      )}
      {group.handRaised && <p className="call__banner">{t('group.handRaised')}</p>}
      {broadcasts.map((broadcast) => (
        <div className="call__banner" role="status" key={broadcast.id} data-testid="broadcast">
          <p className="call__banner-note">
            <strong>{t('group.broadcastFrom', { name: broadcast.from })}</strong> {broadcast.message}
          </p>
          <button className="button" type="button" onClick={() => onDismiss(broadcast.id)}>
            {t('group.dismiss')}
          </button>
        </div>
      ))}
    </>
  );
};
