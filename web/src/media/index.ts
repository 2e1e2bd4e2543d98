import type { EventStream } from '../api/events.ts';
import type { MediaCredentials, MediaSession, SelfDescription } from './media-session.ts';

export type { LocalMediaState, MediaCredentials, MediaSession, PeerMediaState, RemotePeer } from './media-session.ts';
export { MediaAccessError } from './media-session.ts';

export interface MediaDependencies {
  /** The consultation's events WebSocket (P2P signalling travels on it). */
  readonly events: EventStream;
  /** Who this person is, told to the others with their microphone and camera state. */
  readonly self?: SelfDescription;
  /** The server's current list of the people in a room of the call (P2P connects to no one else). */
  readonly roster: (room: string) => Promise<readonly string[]>;
}

export class MediaUnavailable extends Error {
  constructor(kind: string) {
    super(`This browser cannot join calls of kind "${kind}" yet. Please contact your clinic.`);
  }
}

/** Loads only the implementation the credentials ask for, when a call starts. */
export const createMediaSession = async (
  credentials: MediaCredentials,
  dependencies: MediaDependencies,
): Promise<MediaSession> => {
  switch (credentials.kind) {
    case 'p2p': {
      const { P2pMediaSession } = await import('./p2p/p2p-media-session.ts');
      const { EventsSignaller } = await import('./p2p/events-signaller.ts');
      return new P2pMediaSession(new EventsSignaller(dependencies.events), dependencies.roster, dependencies.self);
    }
    case 'chime': {
      const { ChimeMediaSession } = await import('./chime/chime-media-session.ts');
      const { EventsSignaller } = await import('./p2p/events-signaller.ts');
      const events = new EventsSignaller(dependencies.events);
      return new ChimeMediaSession(dependencies.self, (listener, room) => events.onRoster(listener, room));
    }
    default:
      throw new MediaUnavailable((credentials as { readonly kind: string }).kind);
  }
};
