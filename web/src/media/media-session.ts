import type { MediaCredentials } from '@clinicall/shared';

export type { MediaCredentials };

/**
 * The port every media implementation fills (P2P WebRTC locally, Amazon Chime SDK in AWS).
 * No React and no UI here: the call screen reads streams and calls these methods only.
 */
export interface MediaSession {
  /** Starts the camera and microphone and enters the call. */
  join(credentials: MediaCredentials): Promise<void>;
  /** Leaves the call and stops the camera and microphone. Safe to call twice. */
  leave(): void;
  /** This person's camera and microphone, once started. */
  readonly localStream: MediaStream | undefined;
  /** Everyone else in the call, by peer id; a new map object whenever it changes. */
  readonly remoteStreams: ReadonlyMap<string, MediaStream>;
  readonly microphoneOn: boolean;
  readonly cameraOn: boolean;
  setMicrophone(on: boolean): void;
  setCamera(on: boolean): void;
  /** Called after any change above; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** How P2P peers reach each other: the events WebSocket of the consultation. */
export interface Signaller {
  /** To one peer, or '*' for every other peer of the consultation. */
  send(to: string, data: unknown): void;
  subscribe(listener: (from: string, data: unknown) => void): () => void;
}

/** Camera and microphone both refused or missing. */
export class MediaAccessError extends Error {
  constructor() {
    super('We could not use your camera or microphone. Allow access in your browser, then try again.');
  }
}
