import { Trans, useTranslation } from 'react-i18next';
import { Countdown } from '../../ui/Countdown.tsx';
import type { SentLink } from './ConsultNowForm.tsx';

/** Where the link went (masked) and how long it stays valid. */
export const SentConfirmation = ({ sent, onDone }: { sent: SentLink; onDone: () => void }) => {
  const { t } = useTranslation('consultNow');
  const { link } = sent;
  return (
    <div>
      <p className="notice notice--success" role="status">
        <Trans
          t={t}
          i18nKey="sent"
          values={{ channel: t(`channel.inText.${link.channel}`), sentTo: link.sentTo }}
          components={{ strong: <strong /> }}
        />
      </p>
      <p>
        <Trans t={t} i18nKey="sentNext" components={{ countdown: <Countdown expiresAt={link.expiresAt} /> }} />
      </p>
      <div className="actions">
        <button className="button button--primary" type="button" onClick={onDone} autoFocus>
          {t('done')}
        </button>
      </div>
    </div>
  );
};
