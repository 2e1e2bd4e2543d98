import { useState } from 'react';
import { raiseHand, type SessionState } from '../../api/participant.ts';
import type { HandControl } from './CallControls.tsx';

/**
 * A participant's hand in a group consultation: the button raises or lowers it, and the
 * server's answer (their session) is shown at once. Answers whether the last try failed.
 */
export const useRaiseHand = (
  session: string,
  raised: boolean,
  answered: (state: SessionState) => void,
): HandControl & { readonly failed: boolean } => {
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const toggle = () => {
    if (sending) return;
    setSending(true);
    setFailed(false);
    raiseHand(session, !raised)
      .then(answered, () => setFailed(true))
      .finally(() => setSending(false));
  };
  return { raised, toggle, failed };
};
