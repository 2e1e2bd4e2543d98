import {
  type AudioVideoFacade,
  ConsoleLogger,
  DefaultDeviceController,
  DefaultMeetingSession,
  LogLevel,
  MeetingSessionConfiguration,
  VideoPriorityBasedPolicy,
} from 'amazon-chime-sdk-js';
import type { MediaCredentials } from '../media-session.ts';

export type ChimeCredentials = Extract<MediaCredentials, { kind: 'chime' }>;

/** One room's Chime meeting, opened but not started, with who this person is in it. */
export interface ChimeMeeting {
  readonly audioVideo: AudioVideoFacade;
  /** Told which videos to receive (the tiles on screen). */
  readonly policy: VideoPriorityBasedPolicy;
  readonly attendeeId: string;
  /** Their participant id (the attendee's ExternalUserId). */
  readonly participantId: string;
}

/** A meeting session for one room's credentials, videos received by priority. */
export const openChimeMeeting = (credentials: ChimeCredentials): ChimeMeeting => {
  const logger = new ConsoleLogger('chime', LogLevel.WARN);
  const configuration = new MeetingSessionConfiguration(credentials.meeting, credentials.attendee);
  const policy = new VideoPriorityBasedPolicy(logger);
  configuration.videoDownlinkBandwidthPolicy = policy;
  const { audioVideo } = new DefaultMeetingSession(configuration, logger, new DefaultDeviceController(logger));
  return {
    audioVideo,
    policy,
    attendeeId: configuration.credentials?.attendeeId ?? '',
    participantId: configuration.credentials?.externalUserId ?? '',
  };
};
