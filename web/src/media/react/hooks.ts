import { use, useSyncExternalStore } from 'react';
import type { MediaSession } from '../media-session.ts';
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

/** This person's camera and microphone (undefined until started). */
export const useLocalStream = (): MediaStream | undefined => useSessionValue((session) => session.localStream);

/** Everyone else in the call, by peer id. */
export const useRemoteStreams = (): ReadonlyMap<string, MediaStream> => useSessionValue((session) => session.remoteStreams);

export const useMicrophoneOn = (): boolean => useSessionValue((session) => session.microphoneOn);
export const useCameraOn = (): boolean => useSessionValue((session) => session.cameraOn);
