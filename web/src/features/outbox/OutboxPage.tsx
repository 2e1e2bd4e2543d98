import { useState } from 'react';
import { formatTime } from '../../ui/format-time.ts';
import { Notice } from '../../ui/Layout.tsx';
import { splitLinks } from './outbox.ts';
import { useOutbox } from './use-outbox.ts';

const channelNames = { sms: 'SMS', email: 'Email' } as const;

/**
 * Local runtime only: the text messages and emails Clinicall would have sent, newest first,
 * with their links ready to open (in another browser, to play the patient).
 */
export const OutboxPage = ({ token }: { token: string | undefined }) => {
  const [revision, setRevision] = useState(0);
  const { messages, problem } = useOutbox(token, revision);
  return (
    <section aria-labelledby="outbox-title">
      <div className="page__header">
        <h1 id="outbox-title">Outbox</h1>
        <button className="button" type="button" onClick={() => setRevision((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <p className="muted">
        Running on one machine, Clinicall keeps the text messages and emails it would send here instead. Open a link in
        another browser (or a private window) to join as the patient.
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {messages && messages.length === 0 && <p className="muted">Nothing has been sent yet.</p>}
      <ol className="outbox" aria-live="polite">
        {messages?.map((message) => (
          <li key={message.id} className="outbox__message" data-testid="outbox-message">
            <div className="outbox__meta">
              <span className="badge">{channelNames[message.channel]}</span> to <strong>{message.to}</strong>{' '}
              <span className="muted">at {formatTime(message.sentAt)}</span>
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
