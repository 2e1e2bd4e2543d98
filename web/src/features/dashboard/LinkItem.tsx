import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type CallTypePolicy, type LinkView, operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useRequest } from '../../api/use-request.ts';
import { Countdown } from '../../ui/Countdown.tsx';
import { useNow } from '../../ui/use-now.ts';
import { ExtendLinkControl } from './ExtendLinkControl.tsx';

interface LinkItemProps {
  readonly link: LinkView;
  /** How links of the consultation's call type behave: whether and by how much they can be extended. */
  readonly rules: CallTypePolicy['link'];
  readonly token: string;
  readonly onChanged: () => void;
  /** The person it was sent to used it and has left: they may be sent a new one. */
  readonly holderLeft?: boolean;
}

/** A link: where it went, its countdown, and extend / revoke / resend. */
export const LinkItem = ({ link, rules, token, onChanged, holderLeft = false }: LinkItemProps) => {
  const { t } = useTranslation('dashboard');
  const { t: consultNow } = useTranslation('consultNow');
  const { busy, problem, run } = useRequest(t('link.didNotWork'));
  const [revoking, setRevoking] = useState(false);
  const now = useNow();
  const live = link.status === 'issued' && Date.parse(link.expiresAt) > now;

  const act = async (action: () => Promise<unknown>) => {
    if (await run(action)) onChanged();
  };
  const params = { linkId: link.id };

  return (
    <div className={`link-item link-item--${live ? 'live' : link.status}`} data-testid="link" data-status={link.status}>
      <p className="link-item__summary">
        <Trans
          t={t}
          // After the retention, where the link went is no longer kept.
          i18nKey={link.sentTo ? 'link.summary' : 'link.summaryForgotten'}
          values={{ channel: consultNow(`channel.inText.${link.channel}`), sentTo: link.sentTo }}
          components={{ strong: <strong /> }}
        />{' '}
        {live ? (
          <Trans t={t} i18nKey="link.expiresIn" components={{ countdown: <Countdown expiresAt={link.expiresAt} /> }} />
        ) : (
          <span className="link-item__status">{t(`link.status.${link.status === 'issued' ? 'expired' : link.status}`)}</span>
        )}
      </p>
      {link.status !== 'used' && (
        <div className="link-item__actions">
          {live && rules.extendable && (
            <ExtendLinkControl
              busy={busy}
              maxMinutes={rules.maxExtensionMinutes}
              onExtend={(minutes) => void act(() => call(operations.extendLink, { params, body: { minutes }, token }))}
            />
          )}
          {live && !revoking && (
            <button className="button button--danger" type="button" disabled={busy} onClick={() => setRevoking(true)}>
              {t('link.revoke')}
            </button>
          )}
          {live && revoking && (
            // Revoking cannot be undone: asked first, in place.
            <span className="link-item__confirm" role="group" aria-label={t('link.revokeQuestion')}>
              <span>{t('link.revokeQuestion')}</span>
              <button
                className="button button--danger"
                type="button"
                disabled={busy}
                onClick={() => void act(() => call(operations.revokeLink, { params, token })).finally(() => setRevoking(false))}
              >
                {t('link.revokeConfirm')}
              </button>
              <button className="button" type="button" disabled={busy} onClick={() => setRevoking(false)}>
                {t('link.revokeKeep')}
              </button>
            </span>
          )}
          <button className="button" type="button" disabled={busy} onClick={() => void act(() => call(operations.resendLink, { params, token }))}>
            {t('link.resend')}
          </button>
        </div>
      )}
      {link.status === 'used' && holderLeft && (
        // Someone who left (and whose page will not bring them back) gets a new link; the used one retires.
        <div className="link-item__actions">
          <span className="muted">{t('link.sendNewWhy')}</span>
          <button className="button" type="button" disabled={busy} onClick={() => void act(() => call(operations.resendLink, { params, token }))}>
            {t('link.sendNew')}
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
