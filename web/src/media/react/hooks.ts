import { use, useSyncExternalStore } from 'react';
import type { LocalMediaState, MediaSession, RemotePeer } from '../media-session.ts';
import { MediaSessionContext } from './media-context.ts';

export const useMediaSession = (): MediaSession => {
  const session = use(MediaSessionContext);
  if (!session) throw new Error('useMediaSession needs a MediaSessionProvider above it');
  return session;
};

const useSessionValue = <T,>(read: (session: MediaSession) => T): T => {
  const session = useMediaSession();
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => read(session),
  );
};

/** This person's picture for the self view (undefined until started). */
export const useLocalStream = (): MediaStream | undefined => useSessionValue((session) => session.localStream);

/** Microphone, camera, screen sharing and what the controls can do. */
export const useLocalMedia = (): LocalMediaState => useSessionValue((session) => session.local);

/** Everyone else in the call, by peer id. */
export const useRemotePeers = (): ReadonlyMap<string, RemotePeer> => useSessionValue((session) => session.peers);

/** Everyone else the server lists as in the call, with media or not: the tiles. */
export const usePeople = (): readonly string[] => useSessionValue((session) => session.people);

/** Who is speaking now, when the media can tell. */
export const useActiveSpeaker = (): string | undefined => useSessionValue((session) => session.activeSpeaker);
