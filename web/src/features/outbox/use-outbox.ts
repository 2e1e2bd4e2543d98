import { useEffect, useState } from 'react';
import { ApiError } from '../../api/request.ts';
import { type OutboxMessage, readOutbox } from './outbox.ts';

const pollMs = 3_000;

/** The outbox, read again every few seconds while on screen. */
export const useOutbox = (token: string | undefined, revision: number) => {
  const [messages, setMessages] = useState<OutboxMessage[]>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    const read = () =>
      readOutbox(token).then(
        (answer) => {
          if (!current) return;
          setMessages(answer);
          setProblem(undefined);
        },
        (error: unknown) => current && setProblem(error instanceof ApiError ? error.message : 'Could not read the outbox.'),
      );
    void read();
    const timer = setInterval(() => void read(), pollMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [token, revision]);

  return { messages, problem };
};
