import { useMemo, useState } from 'react';
import { EventStream } from '../../api/events.ts';
import { careEventOf, type IncomingCall } from '../../api/care-events.ts';
import { portalPaths } from '../../api/portal.ts';
import { useEventStream, useServerEvents } from '../../api/use-event-stream.ts';

export interface PortalEvents {
  readonly events: EventStream;
  /** A call ringing on this device now. */
  readonly ringing: IncomingCall | undefined;
  /** The ring is over (answered, declined, or ended by the clinic). */
  readonly stopRinging: () => void;
}

/**
 * The portal's live connection: while it is open, a clinician's Call Patient rings here. Any
 * other news (an appointment changed, a call ended) and every reconnection refresh the page.
 */
export const usePortalEvents = (session: string, onNews: () => void): PortalEvents => {
  const stream = useMemo(
    () => new EventStream({ token: session, ticketPath: portalPaths.eventTicket }),
    [session],
  );
  const events = useEventStream(undefined, undefined, stream)!;
  const [ringing, setRinging] = useState<IncomingCall>();

  useServerEvents(
    events,
    (raw) => {
      const event = careEventOf(raw);
      if (event?.type === 'incoming-call') {
        setRinging(event);
        return;
      }
      if (event?.type === 'call-ended') setRinging((now) => (now?.callId === event.callId ? undefined : now));
      onNews();
    },
    onNews,
  );

  return { events, ringing, stopRinging: () => setRinging(undefined) };
};
