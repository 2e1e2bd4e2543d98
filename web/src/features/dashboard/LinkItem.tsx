import { useState } from 'react';
import { type LinkView, operations } from '@clinicall/shared';
import { ApiError, call } from '../../api/client.ts';
import { Countdown } from '../../ui/Countdown.tsx';
import { useNow } from '../../ui/use-now.ts';
import { channelWords } from '../consult-now/destination.ts';
import { ExtendLinkControl } from './ExtendLinkControl.tsx';

const statusWords: Record<LinkView['status'], string> = {
  issued: 'not opened yet',
  used: 'opened',
  expired: 'expired',
  revoked: 'withdrawn',
  locked: 'locked after too many wrong dates of birth',
};

interface LinkItemProps {
  readonly link: LinkView;
  readonly token: string;
  readonly onChanged: () => void;
}

/** A link: where it went, its countdown, and extend / revoke / resend. */
export const LinkItem = ({ link, token, onChanged }: LinkItemProps) => {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const now = useNow();
  const live = link.status === 'issued' && Date.parse(link.expiresAt) > now;

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const params = { linkId: link.id };

  return (
    <div className={`link-item link-item--${live ? 'live' : link.status}`} data-testid="link" data-status={link.status}>
      <p className="link-item__summary">
        Link by {channelWords[link.channel]} to <strong>{link.sentTo}</strong>:{' '}
        {live ? (
          <>
            expires in <Countdown expiresAt={link.expiresAt} />
          </>
        ) : (
          <span className="link-item__status">{link.status === 'issued' ? 'expired' : statusWords[link.status]}</span>
        )}
      </p>
      {link.status !== 'used' && (
        <div className="link-item__actions">
          {live && (
            <ExtendLinkControl
              busy={busy}
              onExtend={(minutes) => void act(() => call(operations.extendLink, { params, body: { minutes }, token }))}
            />
          )}
          {live && (
            <button className="button button--danger" type="button" disabled={busy} onClick={() => void act(() => call(operations.revokeLink, { params, token }))}>
              Revoke
            </button>
          )}
          <button className="button" type="button" disabled={busy} onClick={() => void act(() => call(operations.resendLink, { params, token }))}>
            Resend
          </button>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
