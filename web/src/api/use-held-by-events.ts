import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ServerEvent } from '@clinicall/shared';
import type { EventStream } from './events.ts';
import { useServerEvents } from './use-event-stream.ts';

/**
 * Something fetched once and then kept up to date by the events that say what changed. It is
 * fetched again only when the stream (re)connects, since events may have been missed meanwhile,
 * or when `key` changes. Events heard while a fetch is on its way are applied to its answer too,
 * so a change made during the fetch is never lost behind an older answer.
 */
export const useHeldByEvents = <T>(
  events: EventStream | undefined,
  load: () => Promise<T>,
  apply: (held: T, event: ServerEvent) => T,
  key: unknown,
): {
  readonly held: T | undefined;
  readonly problem: unknown;
  readonly reload: () => void;
  /** Changes what is held (something fetched on its own, such as one new item). */
  readonly change: (how: (held: T) => T) => void;
} => {
  const [held, setHeld] = useState<T>();
  const [problem, setProblem] = useState<unknown>();
  const [loads, setLoads] = useState(0);
  const heardWhileLoading = useRef<ServerEvent[] | undefined>(undefined);
  const loadNow = useEffectEvent(load);
  const applyNow = useEffectEvent(apply);

  useEffect(() => {
    let current = true;
    heardWhileLoading.current = [];
    loadNow().then(
      (answer) => {
        if (!current) return;
        const heard = heardWhileLoading.current ?? [];
        heardWhileLoading.current = undefined;
        setProblem(undefined);
        setHeld(heard.reduce(applyNow, answer));
      },
      (error: unknown) => {
        if (!current) return;
        heardWhileLoading.current = undefined;
        setProblem(error);
      },
    );
    return () => {
      current = false;
    };
  }, [key, loads]);

  const reload = () => setLoads((n) => n + 1);
  useServerEvents(
    events,
    (event) => {
      if (event.type === 'signal') return;
      heardWhileLoading.current?.push(event);
      setHeld((now) => (now === undefined ? now : apply(now, event)));
    },
    reload,
  );
  const change = (how: (held: T) => T) => setHeld((now) => (now === undefined ? now : how(now)));
  return { held, problem, reload, change };
};
