import type { EventStream } from '../api/events.ts';
import type { MediaCredentials, MediaSession, SelfDescription } from './media-session.ts';
import type { P2pMediaSession } from './p2p/p2p-media-session.ts';
import type { EventsSignaller } from './p2p/events-signaller.ts';

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

/** The P2P implementation once fetched (see preloadP2p). */
let p2p: { readonly P2pMediaSession: typeof P2pMediaSession; readonly EventsSignaller: typeof EventsSignaller } | undefined;

/**
 * Fetches the P2P implementation ahead of the call. Once here, a call starts in the same turn as
 * the word that it may (each dynamic import takes a turn of the page, behind whatever the page
 * draws meanwhile, such as the call screen itself).
 */
export const preloadP2p = async () => {
  const [{ P2pMediaSession }, { EventsSignaller }] = await Promise.all([
    import('./p2p/p2p-media-session.ts'),
    import('./p2p/events-signaller.ts'),
  ]);
  return (p2p = { P2pMediaSession, EventsSignaller });
};

/** Loads only the implementation the credentials ask for, when a call starts. */
export const createMediaSession = async (
  credentials: MediaCredentials,
  dependencies: MediaDependencies,
): Promise<MediaSession> => {
  switch (credentials.kind) {
    case 'p2p': {
      const { P2pMediaSession, EventsSignaller } = p2p ?? (await preloadP2p());
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
