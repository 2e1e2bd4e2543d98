import type { ParticipantRole } from '@clinicall/shared';
import type { LocalMediaState, RemotePeer } from '../../media/media-session.ts';

export const roleLabels: Record<ParticipantRole, string> = {
  clinician: 'Clinician',
  patient: 'Patient',
  interpreter: 'Interpreter',
  'support-person': 'Support person',
  colleague: 'Colleague',
  moderator: 'Moderator',
  guest: 'Guest',
};

/** "Support person" for a known role; whatever else a peer calls itself is not shown. */
export const roleLabel = (role: string | undefined): string | undefined =>
  role && role in roleLabels ? roleLabels[role as ParticipantRole] : undefined;

/** Who a peer of the call is, as the page knows them. */
export interface Identity {
  readonly name: string;
  readonly role: string | undefined;
}

export type Identify = (peerId: string, peer: RemotePeer | undefined) => Identity;

/** What a tile says about the person besides their name, most important first. */
export interface TileStatus {
  /** Over the picture: the connection's trouble, if any. */
  readonly connection: string | undefined;
  readonly microphoneOff: boolean;
  readonly cameraOff: boolean;
  readonly sharingScreen: boolean;
}

export const connectionWords = {
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  'no-network': 'No network',
  poor: 'Poor connection: video paused',
} as const;

export const remoteStatus = (peer: RemotePeer): TileStatus => {
  const poor = peer.connection === 'poor' || (peer.connection === 'connected' && !!peer.media?.poorConnection);
  const connection =
    peer.connection === 'connected' ? (poor ? connectionWords.poor : undefined) : connectionWords[peer.connection];
  return {
    connection: peer.connection === 'connecting' && peer.stream ? undefined : connection,
    microphoneOff: peer.media ? !peer.media.microphoneOn : false,
    // The camera tile shows the camera; a shared screen has its own tile beside it.
    cameraOff: peer.media ? !peer.media.cameraOn : false,
    sharingScreen: !!peer.media?.sharingScreen,
  };
};

export const selfStatus = (local: LocalMediaState): TileStatus => ({
  connection: local.videoPaused ? 'Poor connection: your video is paused' : undefined,
  microphoneOff: !local.microphoneOn,
  cameraOff: !local.cameraOn,
  sharingScreen: local.sharingScreen,
});

/** The flags as words, for the caption (read by screen readers with the name). */
export const statusWords = (status: TileStatus, self = false): string[] =>
  [
    status.microphoneOff && 'Microphone off',
    status.cameraOff && 'Camera off',
    status.sharingScreen && (self ? 'Sharing your screen' : 'Sharing their screen'),
  ].filter((word): word is string => typeof word === 'string');
