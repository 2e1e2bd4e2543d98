import { useEffect, useEffectEvent, useMemo, useSyncExternalStore } from 'react';
import type { ServerEvent } from '@clinicall/shared';
import { EventStream, type EventStreamStatus } from './events.ts';

/**
 * One events WebSocket for as long as the component is on screen (none without a token);
 * `opened` is one already started ahead of time, to take over.
 */
export const useEventStream = (
  token: string | undefined,
  consultationId?: string,
  opened?: EventStream,
): EventStream | undefined => {
  const stream = useMemo(
    () => opened ?? (token ? new EventStream({ token, ...(consultationId && { consultationId }) }) : undefined),
    [opened, token, consultationId],
  );
  useEffect(() => {
    stream?.start();
    return () => stream?.stop();
  }, [stream]);
  return stream;
};

/** Calls `onEvent` for every event of the stream, and `onConnected` on each (re)connection. */
export const useServerEvents = (
  stream: EventStream | undefined,
  onEvent: (event: ServerEvent) => void,
  onConnected?: () => void,
): void => {
  const handleEvent = useEffectEvent(onEvent);
  const handleConnected = useEffectEvent(() => onConnected?.());
  useEffect(() => {
    if (!stream) return;
    const unsubscribe = stream.subscribe((event) => handleEvent(event));
    const unwatch = stream.onStatus((status) => status === 'open' && handleConnected());
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [stream]);
};

export const useEventStreamStatus = (stream: EventStream | undefined): EventStreamStatus =>
  useSyncExternalStore(
    (listener) => stream?.onStatus(listener) ?? (() => undefined),
    () => stream?.status ?? 'closed',
  );
