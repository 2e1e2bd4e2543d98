import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { MediaCredentials } from '../media-session.ts';

/** Each Chime meeting session the call opens, with every call made on its audio-video facade. */
const chime = vi.hoisted(() => {
  const fakeAudioVideo = () => {
    const calls = new Map<string, ReturnType<typeof vi.fn>>();
    return new Proxy({} as Record<string, ReturnType<typeof vi.fn>>, {
      get: (_target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (!calls.has(name)) calls.set(name, vi.fn(() => Promise.resolve()));
        return calls.get(name);
      },
    });
  };
  const meetings: { meeting: unknown; audioVideo: Record<string, ReturnType<typeof vi.fn>> }[] = [];
  return { fakeAudioVideo, meetings };
});

vi.mock('amazon-chime-sdk-js', () => ({
  ConsoleLogger: class {},
  LogLevel: { WARN: 2 },
  DefaultActiveSpeakerPolicy: class {},
  DefaultDeviceController: class {},
  TargetDisplaySize: { Medium: 2 },
  VideoPreference: class {},
  VideoPreferences: { prepare: () => ({ add: () => undefined, build: () => undefined }) },
  VideoPriorityBasedPolicy: class {
    chooseRemoteVideoSources() {
      // No videos to choose in these tests.
    }
  },
  MeetingSessionConfiguration: class {
    credentials: { attendeeId: string; externalUserId: string };
    constructor(
      readonly meeting: unknown,
      attendee: { AttendeeId: string; ExternalUserId: string },
    ) {
      this.credentials = { attendeeId: attendee.AttendeeId, externalUserId: attendee.ExternalUserId };
    }
  },
  DefaultMeetingSession: class {
    readonly audioVideo = chime.fakeAudioVideo();
    constructor(configuration: { meeting: unknown }) {
      chime.meetings.push({ meeting: configuration.meeting, audioVideo: this.audioVideo });
    }
  },
}));

const track = (kind: 'audio' | 'video') => ({
  kind,
  enabled: true,
  readyState: 'live',
  muted: false,
  stop: vi.fn(),
  clone: () => ({ kind, clone: true }),
  getSettings: () => ({ deviceId: `${kind}-device` }),
  addEventListener: vi.fn(),
});
const microphone = track('audio');
const camera = track('video');
const takeLocalMedia = vi.fn(() =>
  Promise.resolve({ getAudioTracks: () => [microphone], getVideoTracks: () => [camera], getTracks: () => [microphone, camera] }),
);
vi.mock('../warm-up.ts', () => ({ takeLocalMedia }));

const { ChimeMediaSession } = await import('./chime-media-session.ts');

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible', createElement: () => ({}) }));
  vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices: () => Promise.resolve([]) } });
  vi.stubGlobal(
    'MediaStream',
    class {
      constructor(readonly tracks: unknown[] = []) {}
      getVideoTracks = () => this.tracks.filter((t) => (t as { kind: string }).kind === 'video');
      getAudioTracks = () => this.tracks.filter((t) => (t as { kind: string }).kind === 'audio');
      getTracks = () => this.tracks;
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  chime.meetings.length = 0;
});

const credentials = (meetingId: string): MediaCredentials => ({
  kind: 'chime',
  meeting: { MeetingId: meetingId },
  attendee: { AttendeeId: `attendee-${meetingId}`, ExternalUserId: 'me' },
  roster: ['me', `someone-in-${meetingId}`],
});

/** The tracks a meeting was given as the microphone. */
const microphoneOf = (audioVideo: Record<string, ReturnType<typeof vi.fn>>) =>
  (audioVideo.startAudioInput?.mock.calls[0]?.[0] as { tracks: unknown[] } | undefined)?.tracks;

test('moving room leaves the first meeting and joins the next with the same microphone and camera', async () => {
  const rooms: string[] = [];
  const session = new ChimeMediaSession({ name: 'Alva', role: 'patient' }, (_listener, room) => {
    rooms.push(room);
    return () => undefined;
  });
  await session.join(credentials('main-meeting'));
  const [first] = chime.meetings;
  expect(first?.meeting).toEqual({ MeetingId: 'main-meeting' });
  expect(first && microphoneOf(first.audioVideo)).toEqual([microphone]);
  expect(first?.audioVideo.start).toHaveBeenCalledOnce();
  expect(session.people).toEqual(['someone-in-main-meeting']);

  await session.switchRoom('breakout-1', credentials('breakout-meeting'));
  expect(session.room).toBe('breakout-1');
  expect(first?.audioVideo.stop).toHaveBeenCalledOnce();
  expect(first?.audioVideo.stopAudioInput).toHaveBeenCalledOnce();
  const second = chime.meetings[1];
  expect(second?.meeting).toEqual({ MeetingId: 'breakout-meeting' });
  expect(second && microphoneOf(second.audioVideo)).toEqual([microphone]);
  expect(second?.audioVideo.start).toHaveBeenCalledOnce();
  expect(session.people).toEqual(['someone-in-breakout-meeting']);
  expect(rooms).toEqual(['main', 'breakout-1']);
  // The camera goes to the new meeting; the old one stops sending it.
  await vi.waitFor(() => expect(second?.audioVideo.startVideoInput).toHaveBeenCalledOnce());
  expect(first?.audioVideo.stopVideoInput).toHaveBeenCalledOnce();
  // The devices were asked for once, and nothing of them stopped.
  expect(takeLocalMedia).toHaveBeenCalledOnce();
  expect(microphone.stop).not.toHaveBeenCalled();
  expect(camera.stop).not.toHaveBeenCalled();
  expect(session.local).toMatchObject({ microphoneOn: true, cameraOn: true });

  session.leave();
  expect(second?.audioVideo.stop).toHaveBeenCalledOnce();
  expect(microphone.stop).toHaveBeenCalled();
});

test('moved while the call is still starting: the move waits for the start, and the call ends in the room it was moved to', async () => {
  const session = new ChimeMediaSession(undefined, () => () => undefined);
  const starting = session.join(credentials('main-meeting'));
  const moving = session.switchRoom('breakout-2', credentials('breakout-meeting'));
  await Promise.all([starting, moving]);
  expect(chime.meetings.map((opened) => opened.meeting)).toEqual([{ MeetingId: 'main-meeting' }, { MeetingId: 'breakout-meeting' }]);
  expect(chime.meetings[0]?.audioVideo.stop).toHaveBeenCalledOnce();
  expect(chime.meetings[1]?.audioVideo.stop).not.toHaveBeenCalled();
  expect(session.room).toBe('breakout-2');
  session.leave();
});
