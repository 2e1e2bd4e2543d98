import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { useRequest } from '../../api/use-request.ts';
import type { Registration } from './registrations.ts';

interface RegistrationItemProps {
  readonly consultationId: string;
  readonly registration: Registration;
  readonly token: string;
  readonly onChanged: () => void;
}

/** One registered person: where they are, their link, Resend, and Withdraw (asked first). */
export const RegistrationItem = ({
  consultationId,
  registration: { participant, link },
  token,
  onChanged,
}: RegistrationItemProps) => {
  const { t } = useTranslation('groups');
  const { t: dashboard } = useTranslation('dashboard');
  const [withdrawing, setWithdrawing] = useState(false);
  const { busy, problem, run } = useRequest(t('card.didNotWork'));
  const act = async (action: () => Promise<unknown>) => {
    if (await run(action)) onChanged();
  };
  const name = participant.displayName.trim() || dashboard('guest');
  const resendable = link && participant.state !== 'admitted' && link.status !== 'locked';

  return (
    <li className="registration" data-testid="registration" data-participant-id={participant.id}>
      <span className="registration__name">{name}</span>
      <span className="muted">
        {' · '}
        {t(`card.role.${participant.role === 'patient' ? 'patient' : 'guest'}`)}
        {' · '}
        {dashboard(`state.${participant.state}`)}
        {link &&
          ` · ${t('card.link', { sentTo: link.sentTo ?? '', status: dashboard(`link.status.${link.status}`) })}`}
      </span>
      <span className="registration__actions">
        {resendable && (
          <button
            className="button button--quiet"
            type="button"
            disabled={busy}
            aria-label={t('card.resendFor', { name })}
            onClick={() =>
              void act(() => call(operations.resendLink, { params: { linkId: link.id }, token }))
            }
          >
            {t('card.resend')}
          </button>
        )}
        {participant.state !== 'left' && !withdrawing && (
          <button
            className="button button--quiet"
            type="button"
            disabled={busy}
            aria-label={t('card.withdrawFor', { name })}
            onClick={() => setWithdrawing(true)}
          >
            {t('card.withdraw')}
          </button>
        )}
        {withdrawing && (
          // Withdrawing stops their link at once: asked first, in place.
          <span
            className="registration__confirm"
            role="group"
            aria-label={t('card.withdrawQuestion', { name })}
          >
            <span>{t('card.withdrawQuestion', { name })}</span>
            <button
              className="button button--danger"
              type="button"
              disabled={busy}
              onClick={() =>
                void act(() =>
                  call(operations.withdrawRegistration, {
                    params: { id: consultationId, participantId: participant.id },
                    token,
                  }),
                ).finally(() => setWithdrawing(false))
              }
            >
              {t('card.withdrawConfirm')}
            </button>
            <button className="button" type="button" disabled={busy} onClick={() => setWithdrawing(false)}>
              {t('card.withdrawKeep')}
            </button>
          </span>
        )}
      </span>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
};
