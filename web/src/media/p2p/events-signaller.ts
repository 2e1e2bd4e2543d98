import type { EventStream } from '../../api/events.ts';
import type { Signaller } from '../media-session.ts';

/** P2P signalling over the consultation's events WebSocket: the server relays and sets `from`. */
export class EventsSignaller implements Signaller {
  constructor(private readonly events: EventStream) {}

  send(to: string, data: unknown): void {
    this.events.send({ action: 'signal', to, data });
  }

  subscribe(listener: (from: string, data: unknown) => void): () => void {
    return this.events.subscribe((event) => {
      if (event.type === 'signal') listener(event.from, event.data);
    });
  }
}
