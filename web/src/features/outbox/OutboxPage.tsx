import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatTime } from '../../ui/format-time.ts';
import { Notice } from '../../ui/Layout.tsx';
import { splitLinks } from './outbox.ts';
import { useOutbox } from './use-outbox.ts';

/**
 * Local runtime only: the text messages and emails Clinicall would have sent, newest first,
 * with their links ready to open (in another browser, to play the patient).
 */
export const OutboxPage = ({ token }: { token: string | undefined }) => {
  const { t } = useTranslation('outbox');
  const [revision, setRevision] = useState(0);
  const { messages, problem } = useOutbox(token, revision);
  return (
    <section aria-labelledby="outbox-title">
      <div className="page__header">
        <h1 id="outbox-title">{t('title')}</h1>
        <button className="button" type="button" onClick={() => setRevision((n) => n + 1)}>
          {t('refresh')}
        </button>
      </div>
      <p className="muted">{t('about')}</p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {messages && messages.length === 0 && <p className="muted">{t('empty')}</p>}
      <ol className="outbox" aria-live="polite">
        {messages?.map((message) => (
          <li key={message.id} className="outbox__message" data-testid="outbox-message">
            <div className="outbox__meta">
              <Trans
                t={t}
                i18nKey="sentTo"
                values={{ channel: t(`channel.${message.channel}`), to: message.to, time: formatTime(message.sentAt) }}
                components={{ channel: <span className="badge" />, strong: <strong />, time: <span className="muted" /> }}
              />
            </div>
            {message.subject && <div className="outbox__subject">{message.subject}</div>}
            <p className="outbox__body">
              {splitLinks(message.body).map((part, index) =>
                'href' in part ? (
                  <a key={index} href={part.href}>
                    {part.href}
                  </a>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
};
