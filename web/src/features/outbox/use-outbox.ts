import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/request.ts';
import { type OutboxMessage, readOutbox } from './outbox.ts';

const pollMs = 3_000;

/** The outbox, read again every few seconds while on screen. */
export const useOutbox = (token: string | undefined, revision: number) => {
  const { t } = useTranslation('outbox');
  const [messages, setMessages] = useState<OutboxMessage[]>();
  // `null`: the reason is ours to say, in the language chosen when it shows.
  const [problem, setProblem] = useState<string | null>();

  useEffect(() => {
    let current = true;
    const read = () =>
      readOutbox(token).then(
        (answer) => {
          if (!current) return;
          setMessages(answer);
          setProblem(undefined);
        },
        (error: unknown) => current && setProblem(error instanceof ApiError ? error.message : null),
      );
    void read();
    const timer = setInterval(() => void read(), pollMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [token, revision]);

  return { messages, problem: problem === null ? t('couldNotRead') : problem };
};
