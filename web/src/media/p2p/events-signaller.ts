import { mainRoom } from '@clinicall/shared/rooms';
import type { EventStream } from '../../api/events.ts';
import type { Signaller } from '../media-session.ts';

/** P2P signalling over the consultation's events WebSocket: the server relays and sets `from`. */
export class EventsSignaller implements Signaller {
  constructor(private readonly events: EventStream) {}

  send(to: string, data: unknown): void {
    this.events.send({ action: 'signal', to, data });
  }

  subscribe(listener: (from: string, data: unknown, held: boolean) => void): () => void {
    return this.events.subscribeSignals((event, held) => listener(event.from, event.data, held));
  }

  /**
   * What the stream heard before, then each change as it comes. A person is in `room` while
   * admitted and there (no room named: the main room); moving elsewhere is leaving it.
   */
  onRoster(listener: (peerId: string, inCall: boolean) => void, room: string = mainRoom): () => void {
    for (const [peerId, inCall] of this.events.inCall) listener(peerId, inCall && (this.events.roomOf.get(peerId) ?? mainRoom) === room);
    return this.events.subscribe((event) => {
      if (event.type !== 'participant-changed') return;
      const { id, state, room: theirs = mainRoom } = event.participant;
      listener(id, state === 'admitted' && theirs === room);
    });
  }

  /** The socket reopened (with a fresh ticket) after it had been open and dropped. */
  onReconnected(listener: () => void): () => void {
    let dropped = false;
    let opened = this.events.status === 'open';
    return this.events.onStatus((status) => {
      if (status === 'open') {
        if (dropped) listener();
        dropped = false;
        opened = true;
      } else if (opened) {
        dropped = true;
      }
    });
  }
}
