import { useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';

/** A moderator's message to every room, as shown until dismissed. */
export interface Broadcast {
  readonly id: number;
  readonly from: string;
  readonly message: string;
}

/** The few latest are kept: a screen of notices would hide the call. */
const shownAtOnce = 3;

/** The moderators' messages heard in this call (nothing is stored: a later arrival sees none). */
export const useBroadcasts = (
  events: EventStream | undefined,
  consultationId: string,
): { readonly broadcasts: readonly Broadcast[]; readonly dismiss: (id: number) => void } => {
  const [broadcasts, setBroadcasts] = useState<readonly Broadcast[]>([]);
  useServerEvents(events, (event) => {
    if (event.type !== 'broadcast' || event.consultationId !== consultationId) return;
    const { from, message } = event;
    setBroadcasts((shown) => [...shown, { id: (shown.at(-1)?.id ?? 0) + 1, from, message }].slice(-shownAtOnce));
  });
  return { broadcasts, dismiss: (id) => setBroadcasts((shown) => shown.filter((broadcast) => broadcast.id !== id)) };
};
