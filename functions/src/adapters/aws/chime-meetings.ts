import {
  BatchCreateAttendeeCommand,
  BatchUpdateAttendeeCapabilitiesExceptCommand,
  type ChimeSDKMeetingsClient,
  CreateAttendeeCommand,
  CreateMeetingCommand,
  DeleteAttendeeCommand,
  DeleteMeetingCommand,
  GetMeetingCommand,
  ListAttendeesCommand,
  type Meeting,
  UpdateAttendeeCapabilitiesCommand,
} from '@aws-sdk/client-chime-sdk-meetings';
import { capacityOf, mainRoom } from '@clinicall/shared';
import type { MediaAllowance, Meetings } from '#ports';
import { inTheRoom } from '../../consultation/breakout.ts';
import { type ConsultationRecord, meetingOf, meetingsOf } from '../../consultation/record.ts';
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

/** Chime's most attendees in one BatchCreateAttendee. */
export const attendeesPerBatch = 100;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Sending or only receiving. Content (a shared screen) follows video: Chime refuses content
 * that may be received unless video may be received too.
 */
const capabilitiesOf = ({ audio, video }: MediaAllowance) => ({
  Audio: audio ? 'SendReceive' : 'Receive',
  Video: video ? 'SendReceive' : 'Receive',
  Content: video ? 'SendReceive' : 'Receive',
} as const);

/**
 * One Chime SDK meeting per room of a consultation: the main room's is remembered as the
 * consultation's `meetingId` and named after it (ExternalMeetingId = consultation id), a further
 * room's as `consultation id/room`. Chime ends an empty meeting after five minutes; then a new
 * one is made. A participant's attendee carries their participant id (ExternalUserId), which
 * Chime treats as idempotent: asking again answers the same attendee.
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

  const create = async (consultation: ConsultationRecord, room: string): Promise<Meeting> => {
    const main = room === mainRoom;
    const { Meeting: meeting } = await retrying(() =>
      chime.send(
        new CreateMeetingCommand({
          ClientRequestToken: (main ? `${consultation.id}-${consultation.version}` : `${consultation.id}-${room}-${consultation.version}`).slice(0, 64),
          ExternalMeetingId: main ? consultation.id : `${consultation.id}/${room}`,
          MediaRegion: mediaRegion,
          MeetingFeatures: { Attendee: { MaxCount: capacityOf(consultation.type) } },
        }),
      ),
    );
    if (!meeting?.MeetingId) throw new Error('Chime answered without a meeting');
    return meeting;
  };

  /** The room's live meeting, made if there is none (or Chime has ended it). */
  const meetingFor = async (consultation: ConsultationRecord, room: string) =>
    (await existing(meetingOf(consultation, room))) ?? (await create(consultation, room));

  /** Someone the host muted keeps it in a new attendee too (a meeting made again): muting is one-way. */
  const attend = (meeting: Meeting, participantId: string, allowance: MediaAllowance | undefined) =>
    retrying(() =>
      chime.send(
        new CreateAttendeeCommand({
          MeetingId: meeting.MeetingId,
          ExternalUserId: participantId,
          ...(allowance && { Capabilities: capabilitiesOf(allowance) }),
        }),
      ),
    );

  const joining = async (consultation: ConsultationRecord, participantId: string, room: string) => {
    let meeting = await meetingFor(consultation, room);
    const allowance = consultation.participants[participantId]?.mediaAllowance;
    let attendee;
    try {
      attendee = (await attend(meeting, participantId, allowance)).Attendee;
    } catch (error) {
      // The meeting ended between GetMeeting and CreateAttendee: start a new one.
      if (!isNotFound(error)) throw error;
      meeting = await create({ ...consultation, version: consultation.version + 1 }, room);
      attendee = (await attend(meeting, participantId, allowance)).Attendee;
    }
    return {
      credentials: { kind: 'chime' as const, meeting: { ...meeting }, attendee: { ...attendee }, roster: inTheRoom(consultation, room) },
      meetingId: meeting.MeetingId!,
    };
  };

  /** Participant id → attendee id of everyone in one meeting (Chime lists 100 a page). */
  const attendeesOf = async (meetingId: string): Promise<Map<string, string>> => {
    const found = new Map<string, string>();
    let next: string | undefined;
    do {
      const page = await retrying(() =>
        chime.send(new ListAttendeesCommand({ MeetingId: meetingId, MaxResults: 100, ...(next && { NextToken: next }) })),
      );
      for (const a of page.Attendees ?? []) if (a.ExternalUserId && a.AttendeeId) found.set(a.ExternalUserId, a.AttendeeId);
      next = page.NextToken;
    } while (next);
    return found;
  };

  /** A room whose meeting Chime has already ended has nobody to change: quietly nothing. */
  const ignoringEnded = async (attempt: () => Promise<unknown>): Promise<void> => {
    try {
      await attempt();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  };

  const refusalsLogged = async <T>(consultation: ConsultationRecord, attempt: () => Promise<T>): Promise<T> => {
    try {
      return await attempt();
    } catch (error) {
      if (isRefusal(error))
        logger.error(meetingRefusedMessage, { consultationId: consultation.id, reason: (error as Error).name });
      throw error;
    }
  };

  return {
    join: (consultation, participantId, room) => refusalsLogged(consultation, () => joining(consultation, participantId, room)),

    admit: (consultation, participantIds, room) =>
      refusalsLogged(consultation, async () => {
        if (participantIds.length === 0) return {};
        const meeting = await meetingFor(consultation, room);
        for (const batch of chunks([...new Set(participantIds)], attendeesPerBatch)) {
          const answer = await retrying(() =>
            chime.send(
              new BatchCreateAttendeeCommand({
                MeetingId: meeting.MeetingId,
                Attendees: batch.map((participantId) => ({ ExternalUserId: participantId })),
              }),
            ),
          );
          // Whoever Chime could not place now gets their attendee when they ask for media.
          if (answer.Errors?.length)
            logger.warn('attendees not created ahead', {
              consultationId: consultation.id,
              count: answer.Errors.length,
              codes: [...new Set(answer.Errors.map((e) => e.ErrorCode))],
            });
        }
        return { meetingId: meeting.MeetingId! };
      }),

    async allow(consultation, room, participantId, allowance) {
      const meetingId = meetingOf(consultation, room);
      if (!meetingId) return;
      await ignoringEnded(async () => {
        const attendeeId = (await attendeesOf(meetingId)).get(participantId);
        if (!attendeeId) return;
        await retrying(() =>
          chime.send(
            new UpdateAttendeeCapabilitiesCommand({ MeetingId: meetingId, AttendeeId: attendeeId, Capabilities: capabilitiesOf(allowance) }),
          ),
        );
      });
    },

    async allowAllExcept(consultation, room, exceptParticipantIds, allowance) {
      const meetingId = meetingOf(consultation, room);
      if (!meetingId) return;
      await ignoringEnded(async () => {
        const attendees = await attendeesOf(meetingId);
        const excluded = exceptParticipantIds.flatMap((id) => {
          const attendeeId = attendees.get(id);
          return attendeeId ? [{ AttendeeId: attendeeId }] : [];
        });
        await retrying(() =>
          chime.send(
            new BatchUpdateAttendeeCapabilitiesExceptCommand({
              MeetingId: meetingId,
              ExcludedAttendeeIds: excluded,
              Capabilities: capabilitiesOf(allowance),
            }),
          ),
        );
      });
    },

    async remove(consultation, participantId) {
      for (const { meetingId } of meetingsOf(consultation)) {
        await ignoringEnded(async () => {
          const attendeeId = (await attendeesOf(meetingId)).get(participantId);
          if (!attendeeId) return;
          await retrying(() => chime.send(new DeleteAttendeeCommand({ MeetingId: meetingId, AttendeeId: attendeeId })));
        });
      }
    },

    async closeRoom(consultation, room) {
      const meetingId = meetingOf(consultation, room);
      if (room === mainRoom || !meetingId) return;
      await ignoringEnded(() => retrying(() => chime.send(new DeleteMeetingCommand({ MeetingId: meetingId }))));
    },

    async end(consultation) {
      for (const { meetingId } of meetingsOf(consultation)) {
        await ignoringEnded(() => retrying(() => chime.send(new DeleteMeetingCommand({ MeetingId: meetingId }))));
      }
    },
  };
};
