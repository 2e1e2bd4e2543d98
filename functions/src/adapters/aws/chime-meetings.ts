import {
  type ChimeSDKMeetingsClient,
  CreateAttendeeCommand,
  CreateMeetingCommand,
  DeleteMeetingCommand,
  GetMeetingCommand,
  type Meeting,
} from '@aws-sdk/client-chime-sdk-meetings';
import { capacityOf } from '@clinicall/shared';
import type { Meetings } from '#ports';
import type { ConsultationRecord } from '../../consultation/record.ts';
import { logger } from '../../logger.ts';

const isNotFound = (error: unknown) => error instanceof Error && error.name === 'NotFoundException';
const isThrottled = (error: unknown) =>
  error instanceof Error &&
  ['ThrottlingException', 'TooManyRequestsException', 'ServiceUnavailableException'].includes(error.name);

/** The log line the organisation's alarm counts: Chime throttled or refused a meeting or attendee. */
export const meetingRefusedMessage = 'meeting refused';

const isRefusal = (error: unknown) =>
  isThrottled(error) ||
  (error instanceof Error &&
    ['ResourceLimitExceededException', 'ServiceQuotaExceededException', 'LimitExceededException'].includes(
      error.name,
    ));

/** Chime throttles bursts: back off and try again, a few times. */
export const withBackoff = async <T>(attempt: () => Promise<T>, tries = 4, baseMs = 100): Promise<T> => {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isThrottled(error) || i >= tries - 1) throw error;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** i + Math.random() * baseMs));
    }
  }
};

/**
 * One Chime SDK meeting per consultation (ExternalMeetingId = consultation id), remembered on
 * the consultation. Chime ends an empty meeting after five minutes; then a new one is made.
 */
export const chimeMeetings = (
  chime: ChimeSDKMeetingsClient,
  mediaRegion: string,
  backoffMs = 100,
): Meetings => {
  const retrying = <T>(attempt: () => Promise<T>) => withBackoff(attempt, 4, backoffMs);

  const existing = async (meetingId: string | undefined): Promise<Meeting | undefined> => {
    if (!meetingId) return undefined;
    try {
      return (await retrying(() => chime.send(new GetMeetingCommand({ MeetingId: meetingId })))).Meeting;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };

  const create = async (consultation: ConsultationRecord): Promise<Meeting> => {
    const { Meeting: meeting } = await retrying(() =>
      chime.send(
        new CreateMeetingCommand({
          ClientRequestToken: `${consultation.id}-${consultation.version}`.slice(0, 64),
          ExternalMeetingId: consultation.id,
          MediaRegion: mediaRegion,
          MeetingFeatures: { Attendee: { MaxCount: capacityOf(consultation.type) } },
        }),
      ),
    );
    if (!meeting?.MeetingId) throw new Error('Chime answered without a meeting');
    return meeting;
  };

  const attend = (meeting: Meeting, participantId: string) =>
    retrying(() =>
      chime.send(new CreateAttendeeCommand({ MeetingId: meeting.MeetingId, ExternalUserId: participantId })),
    );

  const joining = async (consultation: ConsultationRecord, participantId: string) => {
    let meeting = (await existing(consultation.meetingId)) ?? (await create(consultation));
    let attendee;
    try {
      attendee = (await attend(meeting, participantId)).Attendee;
    } catch (error) {
      // The meeting ended between GetMeeting and CreateAttendee: start a new one.
      if (!isNotFound(error)) throw error;
      meeting = await create({ ...consultation, version: consultation.version + 1 });
      attendee = (await attend(meeting, participantId)).Attendee;
    }
    return {
      credentials: { kind: 'chime' as const, meeting: { ...meeting }, attendee: { ...attendee } },
      meetingId: meeting.MeetingId!,
    };
  };

  return {
    async join(consultation, participantId) {
      try {
        return await joining(consultation, participantId);
      } catch (error) {
        if (isRefusal(error))
          logger.error(meetingRefusedMessage, {
            consultationId: consultation.id,
            reason: (error as Error).name,
          });
        throw error;
      }
    },
    async end(consultation) {
      if (!consultation.meetingId) return;
      try {
        await retrying(() => chime.send(new DeleteMeetingCommand({ MeetingId: consultation.meetingId })));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
};
