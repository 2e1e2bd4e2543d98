import type { MediaCredentials } from '@clinicall/shared';

export type { MediaCredentials };

/** What this person sends, as their own controls show it. */
export interface LocalMediaState {
  readonly microphoneOn: boolean;
  readonly cameraOn: boolean;
  readonly sharingScreen: boolean;
  /** The connection is poor: video is paused (audio goes on) until it recovers. */
  readonly videoPaused: boolean;
  /** More than one camera (front and rear on a phone). */
  readonly canSwitchCamera: boolean;
  /** The browser can share a screen (desktop browsers). */
  readonly canShareScreen: boolean;
  /** The last control that could not be carried out (the page words it in its language). */
  readonly problem: MediaProblem | undefined;
}

/** Why a control could not be carried out. */
export type MediaProblem =
  | 'no-microphone'
  | 'camera-failed'
  | 'switch-failed'
  | 'share-failed'
  | 'share-stop-failed'
  | 'camera-lost'
  | 'video-not-sent';

/** What another person told us about what they send (and who they say they are). */
export interface PeerMediaState {
  readonly microphoneOn: boolean;
  readonly cameraOn: boolean;
  readonly sharingScreen: boolean;
  /** Their side finds the connection poor: video paused both ways. */
  readonly poorConnection: boolean;
  readonly name?: string | undefined;
  readonly role?: string | undefined;
}

/**
 * connecting: not yet connected; poor: connected, video paused; reconnecting: the connection
 * dropped and is being restored; no-network: still not back after 30 seconds.
 */
export type PeerConnectionState = 'connecting' | 'connected' | 'poor' | 'reconnecting' | 'no-network';

export interface RemotePeer {
  readonly id: string;
  /** Their camera and microphone. */
  readonly stream: MediaStream | undefined;
  /** Their shared screen's picture, shown beside their camera while they say they share. */
  readonly screen?: MediaStream | undefined;
  readonly media: PeerMediaState | undefined;
  readonly connection: PeerConnectionState;
}

/** Who this person is, told to the others with their media state. */
export interface SelfDescription {
  readonly name: string;
  readonly role: string;
}

/**
 * The port every media implementation fills (P2P WebRTC locally, Amazon Chime SDK in AWS).
 * No React and no UI here: the call screen reads these values and calls these methods only.
 */
export interface MediaSession {
  /** Starts the camera and microphone and enters the call, in its main room unless told another. */
  join(credentials: MediaCredentials, room?: string): Promise<void>;
  /**
   * Leaves this room's media and enters another's with its own credentials (a breakout room, or
   * back to the main room). The camera and microphone go on as they are: no new permission asked.
   */
  switchRoom(room: string, credentials: MediaCredentials): Promise<void>;
  /** The room whose media this session is in (`main` unless switched). */
  readonly room: string;
  /** This person's participant id in the call, once joined (the credentials name it). */
  readonly participantId: string | undefined;
  /** Leaves the call and stops the camera and microphone. Safe to call twice. */
  leave(): void;
  /** This person's picture for the self view (camera or shared screen), once started. */
  readonly localStream: MediaStream | undefined;
  /** A new object whenever it changes. */
  readonly local: LocalMediaState;
  /** Everyone else in the call whose media reaches us, by peer id (their participant id); a new map whenever it changes. */
  readonly peers: ReadonlyMap<string, RemotePeer>;
  /**
   * Everyone else the server lists as in the call (the host and those admitted), with media or
   * not, in the order they came: the tiles. A new array whenever it changes.
   */
  readonly people: readonly string[];
  /** Who is speaking now, when the implementation can tell (Chime); their video is received even off the page. */
  readonly activeSpeaker: string | undefined;
  /**
   * The people whose tiles are on screen: only their video (and the active speaker's) is
   * received. Audio comes from everyone.
   */
  setVisible(peerIds: readonly string[]): void;
  setMicrophone(on: boolean): void;
  /** Off releases the camera; on starts it again. */
  setCamera(on: boolean): Promise<void>;
  /** Front ↔ rear camera, or the next camera. */
  switchCamera(): Promise<void>;
  /** The screen goes beside the camera (its own tile for the others); stopping here or in the browser's own bar ends it. */
  shareScreen(on: boolean): Promise<void>;
  /** Called after any change above; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** How P2P peers reach each other: the events WebSocket of the consultation. */
export interface Signaller {
  /** To one peer, or '*' for every other peer of the consultation. */
  send(to: string, data: unknown): void;
  /** `held`: it came before this call listened (someone connecting as this person was let in). */
  subscribe(listener: (from: string, data: unknown, held: boolean) => void): () => void;
  /** Called when signalling is back after it dropped (the network came back). */
  onReconnected(listener: () => void): () => void;
  /**
   * The server's word that a person came into this room of the call (true) or is no longer in it
   * (false: gone, or moved to another room): first what was heard before the call started
   * listening, then each change.
   */
  onRoster(listener: (peerId: string, inCall: boolean) => void, room?: string): () => void;
}

/** Camera and microphone both refused or missing. */
export class MediaAccessError extends Error {
  constructor() {
    super('We could not use your camera or microphone. Allow access in your browser, then try again.');
  }
}
