import type { EventStream } from '../api/events.ts';
import type { MediaCredentials, MediaSession } from './media-session.ts';

export type { MediaCredentials, MediaSession } from './media-session.ts';
export { MediaAccessError } from './media-session.ts';

export interface MediaDependencies {
  /** The consultation's events WebSocket (P2P signalling travels on it). */
  readonly events: EventStream;
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
      return new P2pMediaSession(new EventsSignaller(dependencies.events));
    }
    default:
      throw new MediaUnavailable(credentials.kind);
  }
};
