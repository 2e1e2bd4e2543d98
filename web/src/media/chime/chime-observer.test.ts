import type { AudioVideoObserver, DataMessage, VideoTileState } from 'amazon-chime-sdk-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeerMediaState, RemotePeer } from '../media-session.ts';
import { type ChimeAudioVideo, type ChimeCallEvents, mediaStateTopic, observeChime, readMediaState, withVideo } from './chime-observer.ts';

type Presence = Parameters<ChimeAudioVideo['realtimeSubscribeToAttendeeIdPresence']>[0];
type Volume = Parameters<ChimeAudioVideo['realtimeSubscribeToVolumeIndicator']>[1];

/** The SDK's facade as far as the mapping uses it: it records what subscribes, and lets a test call back. */
class FakeAudioVideo implements ChimeAudioVideo {
  readonly observers = new Set<AudioVideoObserver>();
  readonly presence = new Set<Presence>();
  readonly volumes = new Map<string, Volume>();
  readonly dataTopics = new Map<string, (message: DataMessage) => void>();
  addObserver(observer: AudioVideoObserver) {
    this.observers.add(observer);
  }
  removeObserver(observer: AudioVideoObserver) {
    this.observers.delete(observer);
  }
  realtimeSubscribeToAttendeeIdPresence(callback: Presence) {
    this.presence.add(callback);
  }
  realtimeUnsubscribeToAttendeeIdPresence(callback: Presence) {
    this.presence.delete(callback);
  }
  realtimeSubscribeToReceiveDataMessage(topic: string, callback: (message: DataMessage) => void) {
    this.dataTopics.set(topic, callback);
  }
  realtimeUnsubscribeFromReceiveDataMessage(topic: string) {
    this.dataTopics.delete(topic);
  }
  realtimeSubscribeToVolumeIndicator(attendeeId: string, callback: Volume) {
    this.volumes.set(attendeeId, callback);
  }
  realtimeUnsubscribeFromVolumeIndicator(attendeeId: string, callback?: Volume) {
    if (this.volumes.get(attendeeId) === callback) this.volumes.delete(attendeeId);
  }

  /** Calls one observer method on every observer, as the SDK does. */
  observe<K extends keyof AudioVideoObserver>(name: K, ...args: Parameters<NonNullable<AudioVideoObserver[K]>>) {
    for (const observer of this.observers) (observer[name] as ((...a: typeof args) => void) | undefined)?.(...args);
  }
  attendee(attendeeId: string, present: boolean, externalUserId?: string, dropped = false) {
    this.presence.forEach((callback) => callback(attendeeId, present, externalUserId, dropped, null));
  }
  message(data: string, sender: { attendeeId: string; externalUserId: string }, throttled = false) {
    const message = { topic: mediaStateTopic, text: () => data, senderAttendeeId: sender.attendeeId, senderExternalUserId: sender.externalUserId, throttled };
    this.dataTopics.get(mediaStateTopic)?.(message as unknown as DataMessage);
  }
}

const stream = (id: string) => ({ id }) as unknown as MediaStream;
const tile = (state: Partial<VideoTileState>) =>
  ({ tileId: 1, localTile: false, isContent: false, active: true, paused: false, boundAttendeeId: 'a-2', boundExternalUserId: 'patient-1', boundVideoStream: null, ...state }) as VideoTileState;

const media: PeerMediaState = { microphoneOn: true, cameraOn: true, sharingScreen: false, poorConnection: false, name: 'Alex', role: 'patient' };

describe('the Chime observer mapping', () => {
  let audioVideo: FakeAudioVideo;
  let events: { [K in keyof ChimeCallEvents]: ReturnType<typeof vi.fn<ChimeCallEvents[K]>> };
  let stop: () => void;

  beforeEach(() => {
    audioVideo = new FakeAudioVideo();
    events = {
      present: vi.fn(),
      dropped: vi.fn(),
      left: vi.fn(),
      video: vi.fn(),
      screen: vi.fn(),
      media: vi.fn(),
      muted: vi.fn(),
      connection: vi.fn(),
      quality: vi.fn(),
    };
    stop = observeChime(audioVideo, 'a-self', events);
  });

  it('names people by their ExternalUserId (participant id), not by attendee id', () => {
    audioVideo.attendee('a-2', true, 'patient-1');
    expect(events.present).toHaveBeenCalledWith('patient-1');
  });

  it('leaves out our own attendee and content-share attendees', () => {
    audioVideo.attendee('a-self', true, 'clinician-1');
    audioVideo.attendee('a-2#content', true, 'patient-1#content');
    audioVideo.attendee('a-3', true, undefined);
    expect(events.present).not.toHaveBeenCalled();
    expect(audioVideo.volumes.size).toBe(0);
  });

  it('tells someone who dropped (may come back) from someone who left', () => {
    audioVideo.attendee('a-2', true, 'patient-1');
    audioVideo.attendee('a-2', false, 'patient-1', true);
    expect(events.dropped).toHaveBeenCalledWith('patient-1');
    audioVideo.attendee('a-2', true, 'patient-1');
    audioVideo.attendee('a-2', false, 'patient-1', false);
    expect(events.left).toHaveBeenCalledWith('patient-1');
    expect(events.present).toHaveBeenCalledTimes(2);
  });

  it('maps the meeting’s mute state per person, listening only while they are there', () => {
    audioVideo.attendee('a-2', true, 'patient-1');
    audioVideo.volumes.get('a-2')!('a-2', 0.5, true, 1, 'patient-1');
    audioVideo.volumes.get('a-2')!('a-2', 0.2, null, 1, 'patient-1');
    audioVideo.volumes.get('a-2')!('a-2', 0.2, false, 1, 'patient-1');
    expect(events.muted.mock.calls).toEqual([
      ['patient-1', true],
      ['patient-1', false],
    ]);
    audioVideo.attendee('a-2', false, 'patient-1', false);
    expect(audioVideo.volumes.has('a-2')).toBe(false);
  });

  it('maps remote video tiles to their person’s stream, and a removed tile to none', () => {
    const picture = stream('s1');
    audioVideo.observe('videoTileDidUpdate', tile({ tileId: 7, boundVideoStream: picture }));
    expect(events.video).toHaveBeenLastCalledWith('patient-1', picture);
    audioVideo.observe('videoTileWasRemoved', 7);
    expect(events.video).toHaveBeenLastCalledWith('patient-1', undefined);
    audioVideo.observe('videoTileWasRemoved', 99);
    expect(events.video).toHaveBeenCalledTimes(2);
  });

  it('leaves out our own tile and tiles not yet bound to anyone; a content tile is a screen, not a camera', () => {
    audioVideo.observe('videoTileDidUpdate', tile({ localTile: true, boundExternalUserId: 'clinician-1', boundVideoStream: stream('self') }));
    audioVideo.observe('videoTileDidUpdate', tile({ isContent: true, boundVideoStream: stream('screen') }));
    audioVideo.observe('videoTileDidUpdate', tile({ boundExternalUserId: null }));
    audioVideo.observe('videoTileDidUpdate', tile({ tileId: null }));
    expect(events.video).not.toHaveBeenCalled();
  });

  it('maps a shared screen (content share) to the person sharing, beside their camera, and its end to none', () => {
    const screen = stream('screen');
    audioVideo.observe(
      'videoTileDidUpdate',
      tile({ tileId: 8, isContent: true, boundAttendeeId: 'a-2#content', boundExternalUserId: 'patient-1#content', boundVideoStream: screen }),
    );
    expect(events.screen).toHaveBeenLastCalledWith('patient-1', screen);
    audioVideo.observe('videoTileWasRemoved', 8);
    expect(events.screen).toHaveBeenLastCalledWith('patient-1', undefined);
    expect(events.video).not.toHaveBeenCalled();
  });

  it('does not show our own shared screen back to us', () => {
    audioVideo.observe(
      'videoTileDidUpdate',
      tile({ tileId: 9, isContent: true, boundAttendeeId: 'a-self#content', boundExternalUserId: 'clinician-1', boundVideoStream: stream('mine') }),
    );
    expect(events.screen).not.toHaveBeenCalled();
  });

  it('surfaces connecting, reconnecting, connected and stopped', () => {
    audioVideo.observe('audioVideoDidStartConnecting', false);
    audioVideo.observe('audioVideoDidStart');
    audioVideo.observe('audioVideoDidStartConnecting', true);
    audioVideo.observe('audioVideoDidStop', {} as never);
    expect(events.connection.mock.calls.map(([state]) => state)).toEqual(['connecting', 'connected', 'reconnecting', 'stopped']);
  });

  it('turns a poor connection (or the SDK suggesting to stop video) into pausing video, and back', () => {
    audioVideo.observe('connectionDidBecomePoor');
    audioVideo.observe('connectionDidSuggestStopVideo');
    audioVideo.observe('connectionDidBecomeGood');
    expect(events.quality.mock.calls).toEqual([[true], [true], [false]]);
  });

  it('reads the media state others send, and ignores ours, throttled and malformed messages', () => {
    const patient = { attendeeId: 'a-2', externalUserId: 'patient-1' };
    audioVideo.message(JSON.stringify(media), patient);
    audioVideo.message(JSON.stringify(media), { attendeeId: 'a-self', externalUserId: 'clinician-1' });
    audioVideo.message(JSON.stringify(media), patient, true);
    audioVideo.message('not json', patient);
    audioVideo.message(JSON.stringify({ microphoneOn: 'yes' }), patient);
    expect(events.media.mock.calls).toEqual([['patient-1', media]]);
  });

  it('stops listening to everything', () => {
    audioVideo.attendee('a-2', true, 'patient-1');
    stop();
    expect(audioVideo.observers.size).toBe(0);
    expect(audioVideo.presence.size).toBe(0);
    expect(audioVideo.dataTopics.size).toBe(0);
    expect(audioVideo.volumes.size).toBe(0);
  });
});

describe('a media state message', () => {
  it('keeps the four switches and a short name and role', () => {
    expect(readMediaState({ ...media, extra: 1 })).toEqual(media);
    expect(readMediaState({ ...media, name: 'x'.repeat(500), role: 3 })).toEqual({ ...media, name: 'x'.repeat(100), role: undefined });
  });

  it('is nothing without all four switches', () => {
    expect(readMediaState(null)).toBeUndefined();
    expect(readMediaState('media')).toBeUndefined();
    expect(readMediaState({ ...media, poorConnection: undefined })).toBeUndefined();
  });
});

describe('peers with their video', () => {
  const peer = (id: string): RemotePeer => ({ id, stream: undefined, media: undefined, connection: 'connected' });

  it('gives each peer their picture, keeping peers whose picture did not change', () => {
    const picture = stream('s1');
    const alone = peer('patient-1');
    const peers = withVideo(
      new Map([
        ['patient-1', alone],
        ['interpreter-1', peer('interpreter-1')],
      ]),
      new Map([['interpreter-1', picture]]),
    );
    expect(peers.get('patient-1')).toBe(alone);
    expect(peers.get('interpreter-1')).toEqual({ ...peer('interpreter-1'), stream: picture });
  });
});
