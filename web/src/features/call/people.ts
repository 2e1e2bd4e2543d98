import i18next from 'i18next';
import type { ParticipantRole } from '@clinicall/shared';
import type { LocalMediaState, RemotePeer } from '../../media/media-session.ts';

const roles: readonly ParticipantRole[] = [
  'clinician',
  'patient',
  'interpreter',
  'support-person',
  'colleague',
  'moderator',
  'guest',
];

/** "Support person" for a known role; whatever else a peer calls itself is not shown. */
export const roleLabel = (role: string | undefined): string | undefined =>
  roles.includes(role as ParticipantRole)
    ? i18next.t(`roles.${role as ParticipantRole}`, { ns: 'call' })
    : undefined;

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

/** A peer's connection trouble, in the page's language. */
export const connectionWords = (connection: 'connecting' | 'reconnecting' | 'no-network' | 'poor'): string =>
  i18next.t(`connection.${connection}`, { ns: 'call' });

export const remoteStatus = (peer: RemotePeer): TileStatus => {
  const poor =
    peer.connection === 'poor' || (peer.connection === 'connected' && !!peer.media?.poorConnection);
  const connection =
    peer.connection === 'connected'
      ? poor
        ? connectionWords('poor')
        : undefined
      : connectionWords(peer.connection);
  return {
    connection: peer.connection === 'connecting' && peer.stream ? undefined : connection,
    microphoneOff: peer.media ? !peer.media.microphoneOn : false,
    // The camera tile shows the camera; a shared screen has its own tile beside it.
    cameraOff: peer.media ? !peer.media.cameraOn : false,
    sharingScreen: !!peer.media?.sharingScreen,
  };
};

export const selfStatus = (local: LocalMediaState): TileStatus => ({
  connection: local.videoPaused ? i18next.t('connection.selfPoor', { ns: 'call' }) : undefined,
  microphoneOff: !local.microphoneOn,
  cameraOff: !local.cameraOn,
  sharingScreen: local.sharingScreen,
});

/** The flags as words, for the caption (read by screen readers with the name). */
export const statusWords = (status: TileStatus, self = false): string[] =>
  [
    status.microphoneOff && i18next.t('flags.microphoneOff', { ns: 'call' }),
    status.cameraOff && i18next.t('flags.cameraOff', { ns: 'call' }),
    status.sharingScreen && i18next.t(self ? 'flags.sharingYours' : 'flags.sharingTheirs', { ns: 'call' }),
  ].filter((word): word is string => typeof word === 'string');
