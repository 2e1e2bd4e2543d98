import { Countdown } from '../../ui/Countdown.tsx';
import { channelWords } from './destination.ts';
import type { SentLink } from './ConsultNowForm.tsx';

/** Where the link went (masked) and how long it stays valid. */
export const SentConfirmation = ({ sent, onDone }: { sent: SentLink; onDone: () => void }) => {
  const { link } = sent;
  return (
    <div>
      <p className="notice notice--success" role="status">
        Link sent by {channelWords[link.channel]} to <strong>{link.sentTo}</strong>.
      </p>
      <p>
        It must be opened within <Countdown expiresAt={link.expiresAt} />. You will see them on your dashboard when they are
        in the waiting room, and you can give more time, withdraw or resend the link there.
      </p>
      <div className="actions">
        <button className="button button--primary" type="button" onClick={onDone} autoFocus>
          Done
        </button>
      </div>
    </div>
  );
};
