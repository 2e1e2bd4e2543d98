import type { AudioVideoFacade, AudioVideoObserver, DataMessage, VideoTileState } from 'amazon-chime-sdk-js';
import type { PeerMediaState, RemotePeer } from '../media-session.ts';

/**
 * What the call screen needs from the Chime SDK's callbacks, in the port's terms: people by
 * their peer id (the attendee's ExternalUserId, which is their participant id), never by
 * attendee or tile id. Pure: only the SDK's types, so it is tested against fakes.
 */
export interface ChimeCallEvents {
  /** In the meeting: just joined, or back after their connection dropped. */
  present(peerId: string): void;
  /** Their connection to the meeting dropped: they may come back. */
  dropped(peerId: string): void;
  /** They left the meeting. */
  left(peerId: string): void;
  /** Their camera picture; undefined when they send none. */
  video(peerId: string, stream: MediaStream | undefined): void;
  /** Their shared screen (Chime's content share); undefined when they share none. */
  screen(peerId: string, stream: MediaStream | undefined): void;
  /** What they told us they send, and who they say they are. */
  media(peerId: string, media: PeerMediaState): void;
  /** Muted or not, as the meeting itself knows it. */
  muted(peerId: string, muted: boolean): void;
  /** Our own connection to the meeting. */
  connection(state: 'connecting' | 'reconnecting' | 'connected' | 'stopped'): void;
  /** The SDK finds our connection poor (video should pause) or good again. */
  quality(poor: boolean): void;
}

/** The part of the SDK's AudioVideoFacade the mapping listens to. */
export type ChimeAudioVideo = Pick<
  AudioVideoFacade,
  | 'addObserver'
  | 'removeObserver'
  | 'realtimeSubscribeToAttendeeIdPresence'
  | 'realtimeUnsubscribeToAttendeeIdPresence'
  | 'realtimeSubscribeToReceiveDataMessage'
  | 'realtimeUnsubscribeFromReceiveDataMessage'
  | 'realtimeSubscribeToVolumeIndicator'
  | 'realtimeUnsubscribeFromVolumeIndicator'
>;

/** The data message topic on which each person tells the others their media state. */
export const mediaStateTopic = 'clinicall-media-state';

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const optionalText = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined);

/** A media state message from another person, or undefined when it is not one. */
export const readMediaState = (data: unknown): PeerMediaState | undefined => {
  if (typeof data !== 'object' || data === null) return undefined;
  const { microphoneOn, cameraOn, sharingScreen, poorConnection, name, role } = data as Record<string, unknown>;
  if (![microphoneOn, cameraOn, sharingScreen, poorConnection].every(isBoolean)) return undefined;
  return {
    microphoneOn: microphoneOn as boolean,
    cameraOn: cameraOn as boolean,
    sharingScreen: sharingScreen as boolean,
    poorConnection: poorConnection as boolean,
    name: optionalText(name),
    role: optionalText(role),
  };
};

const parse = (message: DataMessage): unknown => {
  try {
    return JSON.parse(message.text()) as unknown;
  } catch {
    return undefined;
  }
};

/** A screen shared with Chime's content share joins as a second attendee `<attendeeId>#content`. */
const isContentAttendee = (attendeeId: string) => attendeeId.includes('#');

/** The person sharing, from the content attendee's external user id (theirs, perhaps with `#content`). */
export const sharerOf = (externalUserId: string): string => externalUserId.replace(/#content$/, '');

/**
 * Maps the SDK's observer, presence, volume and data-message callbacks to `events`, leaving out
 * our own attendee, content-share attendees and our local tile. Returns the way to stop.
 */
export const observeChime = (audioVideo: ChimeAudioVideo, selfAttendeeId: string, events: ChimeCallEvents): (() => void) => {
  const tiles = new Map<number, string>();
  const contentTiles = new Map<number, string>();
  const volumes = new Map<string, Parameters<ChimeAudioVideo['realtimeSubscribeToVolumeIndicator']>[1]>();

  const observer: AudioVideoObserver = {
    audioVideoDidStartConnecting: (reconnecting) => events.connection(reconnecting ? 'reconnecting' : 'connecting'),
    audioVideoDidStart: () => events.connection('connected'),
    audioVideoDidStop: () => events.connection('stopped'),
    connectionDidBecomePoor: () => events.quality(true),
    connectionDidSuggestStopVideo: () => events.quality(true),
    connectionDidBecomeGood: () => events.quality(false),
    videoTileDidUpdate: (tile: VideoTileState) => {
      if (tile.localTile || tile.tileId === null || !tile.boundExternalUserId) return;
      if (tile.isContent) {
        // Our own share comes back as a content tile too: it is not someone else's screen.
        const sharer = sharerOf(tile.boundExternalUserId);
        if (tile.boundAttendeeId?.startsWith(`${selfAttendeeId}#`)) return;
        contentTiles.set(tile.tileId, sharer);
        return events.screen(sharer, tile.boundVideoStream ?? undefined);
      }
      tiles.set(tile.tileId, tile.boundExternalUserId);
      events.video(tile.boundExternalUserId, tile.boundVideoStream ?? undefined);
    },
    videoTileWasRemoved: (tileId) => {
      const sharer = contentTiles.get(tileId);
      if (sharer !== undefined) {
        contentTiles.delete(tileId);
        return events.screen(sharer, undefined);
      }
      const peerId = tiles.get(tileId);
      if (peerId === undefined) return;
      tiles.delete(tileId);
      if (![...tiles.values()].includes(peerId)) events.video(peerId, undefined);
    },
  };

  const presence = (attendeeId: string, present: boolean, externalUserId?: string, dropped?: boolean) => {
    if (attendeeId === selfAttendeeId || isContentAttendee(attendeeId) || !externalUserId) return;
    if (present) {
      if (!volumes.has(attendeeId)) {
        const volume = (_: string, _volume: number | null, muted: boolean | null) => {
          if (muted !== null) events.muted(externalUserId, muted);
        };
        volumes.set(attendeeId, volume);
        audioVideo.realtimeSubscribeToVolumeIndicator(attendeeId, volume);
      }
      return events.present(externalUserId);
    }
    const volume = volumes.get(attendeeId);
    if (volume) audioVideo.realtimeUnsubscribeFromVolumeIndicator(attendeeId, volume);
    volumes.delete(attendeeId);
    if (dropped) events.dropped(externalUserId);
    else events.left(externalUserId);
  };

  const received = (message: DataMessage) => {
    if (message.throttled || message.senderAttendeeId === selfAttendeeId || !message.senderExternalUserId) return;
    const media = readMediaState(parse(message));
    if (media) events.media(message.senderExternalUserId, media);
  };

  audioVideo.addObserver(observer);
  audioVideo.realtimeSubscribeToAttendeeIdPresence(presence);
  audioVideo.realtimeSubscribeToReceiveDataMessage(mediaStateTopic, received);
  return () => {
    audioVideo.removeObserver(observer);
    audioVideo.realtimeUnsubscribeToAttendeeIdPresence(presence);
    audioVideo.realtimeUnsubscribeFromReceiveDataMessage(mediaStateTopic);
    volumes.forEach((volume, attendeeId) => audioVideo.realtimeUnsubscribeFromVolumeIndicator(attendeeId, volume));
    volumes.clear();
    tiles.clear();
    contentTiles.clear();
  };
};

/** The roster's peers with each one's Chime video picture. */
export const withVideo = (
  peers: ReadonlyMap<string, RemotePeer>,
  videos: ReadonlyMap<string, MediaStream>,
): ReadonlyMap<string, RemotePeer> =>
  new Map([...peers].map(([id, peer]) => [id, peer.stream === videos.get(id) ? peer : { ...peer, stream: videos.get(id) }]));
