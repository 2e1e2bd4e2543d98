import {
  type AudioVideoFacade,
  DefaultActiveSpeakerPolicy,
  TargetDisplaySize,
  VideoPreference,
  VideoPreferences,
  type VideoPriorityBasedPolicy,
} from 'amazon-chime-sdk-js';
import { mainRoom } from '@clinicall/shared/rooms';
import type { LocalMediaState, MediaCredentials, MediaSession, SelfDescription } from '../media-session.ts';
import { TrackedMediaSession } from '../tracked-session.ts';
import { takeLocalMedia } from '../warm-up.ts';
import { type ChimeCredentials, openChimeMeeting } from './chime-meeting.ts';
import { type ChimeCallEvents, mediaStateTopic, observeChime, withVideo } from './chime-observer.ts';
import { videoChoices } from './chime-video-choice.ts';

type RosterEvents = (listener: (peerId: string, inCall: boolean) => void, room: string) => () => void;

/**
 * AWS's media: an Amazon Chime SDK meeting, one attendee per person (ExternalUserId = their
 * participant id, which is their peer id here). The controls work on the same LocalTracks as
 * the P2P session; each person tells the others their media state in a data message. When our
 * connection turns poor, video pauses both ways (we stop sending ours and pause the others'),
 * and tell the others, whose video to us then pauses too; audio goes on. Of 60 people, only the
 * videos of the tiles on screen (and the speaker's) are received: a priority-based downlink
 * policy told the visible set; the meeting's audio is one mix, everyone heard. Each room of a
 * call (a breakout room) is its own meeting: moving leaves one and joins the next with the same
 * camera and microphone.
 */
export class ChimeMediaSession extends TrackedMediaSession implements MediaSession {
  private readonly videos = new Map<string, MediaStream>();
  private audioVideo: AudioVideoFacade | undefined;
  private audioElement: HTMLAudioElement | undefined;
  private stopObserving: (() => void) | undefined;
  /** The video track Chime was last given (null: none), and the queue that gives it. */
  private sentVideo: MediaStreamTrack | null = null;
  /** The screen Chime's content share was last given (null: none). */
  private sentScreen: MediaStreamTrack | null = null;
  private videoQueue: Promise<void> = Promise.resolve();
  private poor = false;
  private left = false;
  private policy: VideoPriorityBasedPolicy | undefined;
  /** Participant id → attendee id of everyone in the meeting (content shares aside). */
  private readonly attendees = new Map<string, string>();
  /** Participant id → their content (shared screen) attendee id, while they share. */
  private readonly contents = new Map<string, string>();
  private visible: readonly string[] = [];
  /** The start of the call (devices, then the first meeting), which a move waits for. */
  private joined: Promise<void> = Promise.resolve();
  private stopFollowing: (() => void)[] = [];
  localStream: MediaStream | undefined;
  local: LocalMediaState = this.readLocal();
  peers = this.roster.peers;
  room = mainRoom;

  constructor(
    private readonly self?: SelfDescription,
    /** Admissions and departures from the events socket: the tiles follow the server's list. */
    private readonly rosterEvents?: RosterEvents,
  ) {
    super();
  }

  setVisible(peerIds: readonly string[]): void {
    this.visible = [...peerIds];
    this.chooseVideos();
  }

  /** Tells Chime whose video to send us: the visible set, in its order, 25 at most. */
  private chooseVideos() {
    const policy = this.policy;
    if (!policy || this.left) return;
    const preferences = VideoPreferences.prepare();
    for (const { attendeeId, priority } of videoChoices(this.visible, this.attendees, undefined, this.contents)) {
      preferences.add(new VideoPreference(attendeeId, priority, TargetDisplaySize.Medium));
    }
    policy.chooseRemoteVideoSources(preferences.build());
  }

  private readonly presence = (attendeeId: string, present: boolean, externalUserId?: string) => {
    if (!externalUserId) return;
    if (attendeeId.includes('#')) {
      const base = attendeeId.split('#')[0];
      const sharer = [...this.attendees].find(([, id]) => id === base)?.[0];
      if (!sharer) return;
      if (present) this.contents.set(sharer, attendeeId);
      else this.contents.delete(sharer);
      return this.chooseVideos();
    }
    if (present) this.attendees.set(externalUserId, attendeeId);
    else if (this.attendees.get(externalUserId) === attendeeId) this.attendees.delete(externalUserId);
    this.chooseVideos();
  };

  private readonly speakers = (attendeeIds: string[]) => {
    const top = attendeeIds[0];
    const speaker = top ? [...this.attendees].find(([, attendeeId]) => attendeeId === top)?.[0] : undefined;
    if (speaker === this.activeSpeaker) return;
    this.activeSpeaker = speaker;
    this.changed();
  };

  join(credentials: MediaCredentials, room: string = mainRoom): Promise<void> {
    if (credentials.kind !== 'chime') return Promise.reject(new Error('ChimeMediaSession needs chime credentials'));
    this.left = false;
    this.joined = this.start(room, credentials);
    return this.joined;
  }

  private async start(room: string, credentials: ChimeCredentials) {
    const stream = await takeLocalMedia();
    if (this.left) return stream.getTracks().forEach((track) => track.stop());
    this.tracks.adopt(stream);
    window.addEventListener('pagehide', this.leaveMeeting);
    await this.enterMeeting(room, credentials);
  }

  async switchRoom(room: string, credentials: MediaCredentials): Promise<void> {
    if (credentials.kind !== 'chime') throw new Error('ChimeMediaSession needs chime credentials');
    // Moved while the call was still starting: the move follows the start, not the other way round.
    await this.joined.catch(() => undefined);
    if (this.left) return;
    this.exitMeeting();
    this.changed();
    await this.enterMeeting(room, credentials);
  }

  /** Into one room's meeting, sending what this person's tracks send now. */
  private async enterMeeting(room: string, credentials: ChimeCredentials) {
    this.room = room;
    const { audioVideo, policy, attendeeId, participantId } = openChimeMeeting(credentials);
    this.policy = policy;
    this.audioVideo = audioVideo;
    this.stopObserving = observeChime(audioVideo, attendeeId, this.events);
    const rosterEvents = this.rosterEvents;
    this.stopFollowing = [
      this.followPeople(participantId, credentials.roster ?? [], rosterEvents ? (listener) => rosterEvents(listener, room) : () => () => undefined),
    ];
    audioVideo.realtimeSubscribeToAttendeeIdPresence(this.presence);
    audioVideo.subscribeToActiveSpeakerDetector(new DefaultActiveSpeakerPolicy(), this.speakers);
    const microphone = this.tracks.microphoneTrack;
    // The microphone goes in as it is: muting disables it (LocalTracks) and mutes us in the meeting.
    await audioVideo.startAudioInput(microphone ? new MediaStream([microphone]) : null);
    if (this.audioVideo !== audioVideo) return;
    this.tracksChanged();
    this.audioElement ??= document.createElement('audio');
    this.audioElement.autoplay = true;
    await audioVideo.bindAudioElement(this.audioElement);
    if (this.left || this.audioVideo !== audioVideo) return;
    audioVideo.start();
  }

  leave(): void {
    if (this.left) return;
    this.left = true;
    window.removeEventListener('pagehide', this.leaveMeeting);
    this.exitMeeting();
    this.tracks.stop();
    this.changed();
  }

  /** Out of this room's meeting: what we sent stops there, and its people leave the screen. */
  private exitMeeting() {
    const audioVideo = this.audioVideo;
    this.stopObserving?.();
    this.stopFollowing.forEach((stop) => stop());
    this.stopFollowing = [];
    if (audioVideo) {
      audioVideo.realtimeUnsubscribeToAttendeeIdPresence(this.presence);
      audioVideo.unsubscribeFromActiveSpeakerDetector(this.speakers);
      this.leaveMeeting();
      void audioVideo.stopAudioInput();
      this.videoQueue = this.videoQueue
        .then(async () => {
          if (this.sentScreen) audioVideo.stopContentShare();
          if (this.sentVideo) {
            audioVideo.stopLocalVideoTile();
            await audioVideo.stopVideoInput();
          }
        })
        .catch(() => undefined)
        .finally(() => {
          // The next meeting is given the tracks afresh.
          this.sentVideo = null;
          this.sentScreen = null;
        });
    }
    this.audioVideo = undefined;
    this.policy = undefined;
    this.attendees.clear();
    this.contents.clear();
    this.videos.clear();
    this.activeSpeaker = undefined;
    this.roster.clear();
  }

  /** Leaves the meeting (others see us leave rather than drop), as the tab closes too. */
  private readonly leaveMeeting = () => {
    this.audioVideo?.unbindAudioElement();
    this.audioVideo?.stop();
  };

  private readonly events: ChimeCallEvents = {
    present: (peerId) => {
      if (!this.roster.peers.has(peerId)) this.roster.arrived(peerId);
      this.roster.connected(peerId, this.paused(peerId));
      // Someone new hears what we send; everyone hears it again, which does no harm.
      this.tellState();
    },
    dropped: (peerId) => this.roster.lost(peerId),
    left: (peerId) => {
      this.videos.delete(peerId);
      this.roster.remove(peerId);
    },
    screen: (peerId, stream) => this.roster.screen(peerId, stream),
    video: (peerId, stream) => {
      if (stream) this.videos.set(peerId, stream);
      else this.videos.delete(peerId);
      this.changed();
    },
    media: (peerId, media) => {
      this.roster.media(peerId, media);
      this.refreshPeers();
    },
    muted: (peerId, muted) => {
      const media = this.roster.peers.get(peerId)?.media;
      if (media && media.microphoneOn === muted) this.roster.media(peerId, { ...media, microphoneOn: !muted });
    },
    connection: (state) => {
      if (state === 'connected') {
        this.refreshPeers();
        this.tellState();
      } else if (state !== 'connecting') {
        this.roster.peers.forEach((_, peerId) => this.roster.lost(peerId));
      }
    },
    quality: (poor) => {
      if (poor === this.poor) return;
      this.poor = poor;
      const audioVideo = this.audioVideo;
      audioVideo?.getAllRemoteVideoTiles().forEach((tile) => {
        if (poor) audioVideo.pauseVideoTile(tile.id());
        else audioVideo.unpauseVideoTile(tile.id());
      });
      this.sendVideo();
      this.refreshPeers();
      this.tellState();
    },
  };

  /** Video from this peer pauses while either side finds the connection poor. */
  private paused(peerId: string): boolean {
    return this.poor || !!this.roster.peers.get(peerId)?.media?.poorConnection;
  }

  private refreshPeers() {
    this.roster.peers.forEach((peer, peerId) => {
      if (peer.connection === 'connected' || peer.connection === 'poor') this.roster.connected(peerId, this.paused(peerId));
    });
    this.updateLocal();
  }

  protected override tracksChanged() {
    const audioVideo = this.audioVideo;
    if (audioVideo) {
      if (this.tracks.microphoneOn) audioVideo.realtimeUnmuteLocalAudio();
      else audioVideo.realtimeMuteLocalAudio();
      this.sendVideo();
      this.sendScreen();
      this.tellState();
    }
    this.updateLocal();
  }

  /** Shares the screen as Chime content (a second attendee beside our camera), one change at a time. */
  private sendScreen() {
    const audioVideo = this.audioVideo;
    if (!audioVideo) return;
    this.videoQueue = this.videoQueue
      .then(async () => {
        const screen = this.left ? null : this.tracks.screenTrack;
        if (screen === this.sentScreen) return;
        this.sentScreen = screen;
        if (screen) await audioVideo.startContentShare(new MediaStream([screen.clone()]));
        else audioVideo.stopContentShare();
      })
      .catch(() => {
        this.tracks.problem = 'share-failed';
        this.updateLocal();
      });
  }

  /**
   * Gives Chime the video to send now, one change at a time. Chime stops the tracks it is given
   * when it lets them go, so it gets a clone: LocalTracks keeps its own.
   */
  private sendVideo() {
    const audioVideo = this.audioVideo;
    if (!audioVideo) return;
    this.videoQueue = this.videoQueue
      .then(async () => {
        const video = this.left || this.poor ? null : this.tracks.video;
        if (video === this.sentVideo) return;
        this.sentVideo = video;
        if (video) {
          await audioVideo.startVideoInput(new MediaStream([video.clone()]));
          if (!this.left) audioVideo.startLocalVideoTile();
        } else {
          audioVideo.stopLocalVideoTile();
          await audioVideo.stopVideoInput();
        }
      })
      .catch(() => {
        this.tracks.problem = 'video-not-sent';
        this.updateLocal();
      });
  }

  private tellState() {
    try {
      this.audioVideo?.realtimeSendDataMessage(mediaStateTopic, JSON.stringify(this.tracks.describe(this.poor, this.self)));
    } catch {
      // Not connected yet: told again once connected.
    }
  }

  private updateLocal() {
    this.localStream = this.tracks.stream;
    this.local = this.readLocal();
    this.changed();
  }

  private readLocal(): LocalMediaState {
    return this.tracks.state([...this.roster.peers.keys()].some((peerId) => this.paused(peerId)));
  }

  protected override changed() {
    this.peers = withVideo(this.roster.peers, this.videos);
    this.notify();
  }
}
