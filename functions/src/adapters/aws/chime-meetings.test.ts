import {
  BadRequestException,
  BatchCreateAttendeeCommand,
  BatchUpdateAttendeeCapabilitiesExceptCommand,
  DeleteAttendeeCommand,
  ListAttendeesCommand,
  UpdateAttendeeCapabilitiesCommand,
  ChimeSDKMeetingsClient,
  CreateAttendeeCommand,
  CreateMeetingCommand,
  DeleteMeetingCommand,
  GetMeetingCommand,
  NotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  LimitExceededException,
} from '@aws-sdk/client-chime-sdk-meetings';
import { capacityOf } from '@clinicall/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../../logger.ts';
import type { ConsultationRecord } from '../../consultation/record.ts';
import { chimeMeetings, meetingRefusedMessage } from './chime-meetings.ts';

const chime = mockClient(ChimeSDKMeetingsClient);
const meetings = () => chimeMeetings(new ChimeSDKMeetingsClient({ region: 'us-east-1' }), 'eu-west-2', 1);

const consultation = (overrides: Partial<ConsultationRecord> = {}): ConsultationRecord => ({
  id: 'consultation-1',
  type: 'consult-now',
  status: 'open',
  hostId: 'staff-1',
  hostName: 'Dr Test',
  createdAt: '2030-01-01T10:00:00.000Z',
  participants: {},
  links: {},
  version: 3,
  ...overrides,
});

const meeting = (id: string) => ({
  MeetingId: id,
  ExternalMeetingId: 'consultation-1',
  MediaRegion: 'eu-west-2',
  MediaPlacement: { AudioHostUrl: `https://${id}.k.m3.ew2.app.chime.aws:3478` },
});
const attendee = (id: string) => ({ AttendeeId: id, ExternalUserId: 'participant-1', JoinToken: `token-${id}` });
const notFound = () => new NotFoundException({ message: 'Not found', $metadata: {} });
const throttled = () => new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });

describe('Chime SDK meetings', () => {
  beforeEach(() => {
    chime.reset();
    chime.on(CreateMeetingCommand).resolves({ Meeting: meeting('meeting-new') });
    chime.on(CreateAttendeeCommand).resolves({ Attendee: attendee('attendee-1') });
    chime.on(GetMeetingCommand).resolves({ Meeting: meeting('meeting-old') });
    chime.on(DeleteMeetingCommand).resolves({});
  });

  it('creates the meeting in the media Region, named after the consultation and sized for its call type', async () => {
    const joined = await meetings().join(consultation(), 'participant-1', 'main');
    expect(chime.commandCalls(CreateMeetingCommand).map((call) => call.args[0].input)).toEqual([
      {
        ClientRequestToken: 'consultation-1-3',
        ExternalMeetingId: 'consultation-1',
        MediaRegion: 'eu-west-2',
        MeetingFeatures: { Attendee: { MaxCount: capacityOf('consult-now') } },
      },
    ]);
    expect(chime.commandCalls(CreateAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-new', ExternalUserId: 'participant-1' },
    ]);
    expect(chime.commandCalls(GetMeetingCommand)).toHaveLength(0);
    expect(joined).toEqual({
      credentials: { kind: 'chime', meeting: meeting('meeting-new'), attendee: attendee('attendee-1'), roster: [] },
      meetingId: 'meeting-new',
    });
  });

  it('sizes a group consultation for its moderator and 60 participants', async () => {
    await meetings().join(consultation({ type: 'group-consultation' }), 'participant-1', 'main');
    expect(chime.commandCalls(CreateMeetingCommand)[0]!.args[0].input.MeetingFeatures).toEqual({ Attendee: { MaxCount: 61 } });
  });

  it('joins the meeting the consultation already has', async () => {
    const joined = await meetings().join(consultation({ meetingId: 'meeting-old' }), 'participant-1', 'main');
    expect(chime.commandCalls(GetMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-old' }]);
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(0);
    expect(chime.commandCalls(CreateAttendeeCommand)[0]!.args[0].input).toEqual({ MeetingId: 'meeting-old', ExternalUserId: 'participant-1' });
    expect(joined.meetingId).toBe('meeting-old');
  });

  it('makes a new meeting when Chime has already ended the old one (NotFound on GetMeeting)', async () => {
    chime.on(GetMeetingCommand).rejects(notFound());
    const joined = await meetings().join(consultation({ meetingId: 'meeting-ended' }), 'participant-1', 'main');
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(1);
    expect(joined.meetingId).toBe('meeting-new');
  });

  it('makes a new meeting when the old one ends between GetMeeting and CreateAttendee', async () => {
    chime
      .on(CreateAttendeeCommand, { MeetingId: 'meeting-old' })
      .rejects(notFound())
      .on(CreateAttendeeCommand, { MeetingId: 'meeting-new' })
      .resolves({ Attendee: attendee('attendee-2') });
    const joined = await meetings().join(consultation({ meetingId: 'meeting-old' }), 'participant-1', 'main');
    // A new token: Chime would otherwise answer the ended meeting for the same request token.
    expect(chime.commandCalls(CreateMeetingCommand)[0]!.args[0].input.ClientRequestToken).toBe('consultation-1-4');
    expect(chime.commandCalls(CreateAttendeeCommand).map((call) => call.args[0].input.MeetingId)).toEqual(['meeting-old', 'meeting-new']);
    expect(joined).toMatchObject({ meetingId: 'meeting-new', credentials: { attendee: { AttendeeId: 'attendee-2' } } });
  });

  it('backs off and tries again when Chime throttles', async () => {
    chime.on(CreateMeetingCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves({ Meeting: meeting('meeting-new') });
    const joined = await meetings().join(consultation(), 'participant-1', 'main');
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(3);
    expect(joined.meetingId).toBe('meeting-new');
  });

  it('gives up after four throttled attempts', async () => {
    chime.on(CreateAttendeeCommand).rejects(throttled());
    await expect(meetings().join(consultation(), 'participant-1', 'main')).rejects.toThrow('Rate exceeded');
    expect(chime.commandCalls(CreateAttendeeCommand)).toHaveLength(4);
  });

  it('does not retry a request Chime refuses', async () => {
    chime.on(CreateMeetingCommand).rejects(new BadRequestException({ message: 'Bad request', $metadata: {} }));
    await expect(meetings().join(consultation(), 'participant-1', 'main')).rejects.toThrow('Bad request');
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(1);
  });

  it('deletes the meeting when the consultation ends', async () => {
    await meetings().end(consultation({ meetingId: 'meeting-old' }));
    expect(chime.commandCalls(DeleteMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-old' }]);
  });

  it('ends quietly when Chime has already ended the meeting, or there never was one', async () => {
    chime.on(DeleteMeetingCommand).rejects(notFound());
    await expect(meetings().end(consultation({ meetingId: 'meeting-old' }))).resolves.toBeUndefined();
    chime.reset();
    await meetings().end(consultation());
    expect(chime.calls()).toHaveLength(0);
  });

  it('lets other failures to end a meeting reach the caller', async () => {
    chime.on(DeleteMeetingCommand).rejects(new BadRequestException({ message: 'Bad request', $metadata: {} }));
    await expect(meetings().end(consultation({ meetingId: 'meeting-old' }))).rejects.toThrow('Bad request');
  });
});

describe('a meeting Chime refuses', () => {
  beforeEach(() => chime.reset());

  it('is logged in the line the alarm counts, for a quota or throttling that outlasts the retries, and not otherwise', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    chime.on(CreateMeetingCommand).rejects(new LimitExceededException({ message: 'Too many meetings', $metadata: {} }));
    await expect(meetings().join(consultation(), 'participant-1', 'main')).rejects.toThrow('Too many meetings');
    chime.on(CreateMeetingCommand).rejects(new ServiceUnavailableException({ message: 'Busy', $metadata: {} }));
    await expect(meetings().join(consultation(), 'participant-1', 'main')).rejects.toThrow('Busy');
    expect(error.mock.calls.map(([message]) => message)).toEqual([meetingRefusedMessage, meetingRefusedMessage]);
    expect(error.mock.calls[0]![1]).toEqual({ consultationId: 'consultation-1', reason: 'LimitExceededException' });
    chime.on(CreateMeetingCommand).rejects(new BadRequestException({ message: 'Bad', $metadata: {} }));
    await expect(meetings().join(consultation(), 'participant-1', 'main')).rejects.toThrow('Bad');
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});

describe('rooms, admission in bulk, moderation and removal', () => {
  const listed = (meetingId: string, people: string[]) => ({
    Attendees: people.map((id) => ({ AttendeeId: `${meetingId}-${id}`, ExternalUserId: id })),
  });

  beforeEach(() => {
    chime.reset();
    chime.on(CreateMeetingCommand).resolves({ Meeting: meeting('meeting-new') });
    chime.on(CreateAttendeeCommand).resolves({ Attendee: attendee('attendee-1') });
    chime.on(GetMeetingCommand).resolves({ Meeting: meeting('meeting-old') });
    chime.on(BatchCreateAttendeeCommand).resolves({ Attendees: [], Errors: [] });
  });

  it('gives a breakout room a meeting of its own, named after the consultation and the room', async () => {
    const joined = await meetings().join(consultation({ meetingId: 'meeting-old' }), 'participant-1', 'breakout-2');
    expect(chime.commandCalls(GetMeetingCommand)).toHaveLength(0);
    expect(chime.commandCalls(CreateMeetingCommand).map((call) => call.args[0].input)).toEqual([
      {
        ClientRequestToken: 'consultation-1-breakout-2-3',
        ExternalMeetingId: 'consultation-1/breakout-2',
        MediaRegion: 'eu-west-2',
        MeetingFeatures: { Attendee: { MaxCount: capacityOf('consult-now') } },
      },
    ]);
    expect(joined.meetingId).toBe('meeting-new');
  });

  it('joins a breakout room the consultation already has a meeting for', async () => {
    await meetings().join(consultation({ meetingId: 'meeting-old', roomMeetings: { 'breakout-2': 'meeting-b2' } }), 'participant-1', 'breakout-2');
    expect(chime.commandCalls(GetMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-b2' }]);
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(0);
  });

  it('creates the attendees of many people let in at once with one BatchCreateAttendee per 100', async () => {
    const people = Array.from({ length: 130 }, (_, i) => `participant-${i}`);
    const admitted = await meetings().admit(consultation({ meetingId: 'meeting-old', type: 'group-consultation' }), [...people, 'participant-0'], 'main');
    const batches = chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input);
    expect(batches).toEqual([
      { MeetingId: 'meeting-old', Attendees: people.slice(0, 100).map((id) => ({ ExternalUserId: id })) },
      { MeetingId: 'meeting-old', Attendees: people.slice(100).map((id) => ({ ExternalUserId: id })) },
    ]);
    expect(chime.commandCalls(CreateAttendeeCommand)).toHaveLength(0);
    expect(admitted).toEqual({ meetingId: 'meeting-old' });
  });

  it('admits 150 people with two BatchCreateAttendee calls (100 and 50) to the one meeting of the room, made once', async () => {
    const people = Array.from({ length: 150 }, (_, i) => `participant-${i}`);
    const admitted = await meetings().admit(consultation({ type: 'group-consultation' }), people, 'main');
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(1);
    expect(chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-new', Attendees: people.slice(0, 100).map((id) => ({ ExternalUserId: id })) },
      { MeetingId: 'meeting-new', Attendees: people.slice(100).map((id) => ({ ExternalUserId: id })) },
    ]);
    expect(admitted).toEqual({ meetingId: 'meeting-new' });
  });

  it('asked again (a retry), sends the same batches to the same meeting: Chime answers the same attendees', async () => {
    const people = Array.from({ length: 150 }, (_, i) => `participant-${i}`);
    const record = consultation({ meetingId: 'meeting-old', type: 'group-consultation' });
    await meetings().admit(record, people, 'main');
    const first = chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input);
    await meetings().admit(record, people, 'main');
    const all = chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input);
    expect(all).toEqual([...first, ...first]);
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(0);
  });

  it('a batch throttled is tried again by itself; the batches before it are not sent twice', async () => {
    const people = Array.from({ length: 150 }, (_, i) => `participant-${i}`);
    chime
      .on(BatchCreateAttendeeCommand)
      .resolvesOnce({ Attendees: [], Errors: [] })
      .rejectsOnce(throttled())
      .resolves({ Attendees: [], Errors: [] });
    await meetings().admit(consultation({ meetingId: 'meeting-old', type: 'group-consultation' }), people, 'main');
    expect(chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input.Attendees!.length)).toEqual([100, 50, 50]);
  });

  it('gives someone the host muted an attendee that may only receive sound, and others the default', async () => {
    const record = consultation({
      meetingId: 'meeting-old',
      participants: {
        'participant-1': {
          id: 'participant-1',
          role: 'patient',
          displayName: 'Pat',
          state: 'admitted',
          updatedAt: '2030-01-01T10:00:00.000Z',
          mediaAllowance: { audio: false, video: true },
        },
      },
    });
    await meetings().join(record, 'participant-1', 'main');
    await meetings().join(record, 'participant-2', 'main');
    expect(chime.commandCalls(CreateAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      {
        MeetingId: 'meeting-old',
        ExternalUserId: 'participant-1',
        Capabilities: { Audio: 'Receive', Video: 'SendReceive', Content: 'SendReceive' },
      },
      { MeetingId: 'meeting-old', ExternalUserId: 'participant-2' },
    ]);
  });

  it('admits nobody without asking Chime anything', async () => {
    await expect(meetings().admit(consultation(), [], 'main')).resolves.toEqual({});
    expect(chime.calls()).toHaveLength(0);
  });

  it('mutes one person: audio and video only received (a shared screen follows video)', async () => {
    chime.on(ListAttendeesCommand).resolves(listed('meeting-old', ['host-1', 'participant-1']));
    chime.on(UpdateAttendeeCapabilitiesCommand).resolves({});
    await meetings().allow(consultation({ meetingId: 'meeting-old' }), 'main', 'participant-1', { audio: false, video: false });
    expect(chime.commandCalls(UpdateAttendeeCapabilitiesCommand).map((call) => call.args[0].input)).toEqual([
      {
        MeetingId: 'meeting-old',
        AttendeeId: 'meeting-old-participant-1',
        Capabilities: { Audio: 'Receive', Video: 'Receive', Content: 'Receive' },
      },
    ]);
  });

  it('mutes and unmutes everyone but the host with one BatchUpdateAttendeeCapabilitiesExcept', async () => {
    chime.on(ListAttendeesCommand).resolves(listed('meeting-old', ['host-1', 'participant-1', 'participant-2']));
    chime.on(BatchUpdateAttendeeCapabilitiesExceptCommand).resolves({});
    const record = consultation({ meetingId: 'meeting-old' });
    await meetings().allowAllExcept(record, 'main', ['host-1'], { audio: false, video: true });
    await meetings().allowAllExcept(record, 'main', ['host-1'], { audio: true, video: true });
    expect(chime.commandCalls(BatchUpdateAttendeeCapabilitiesExceptCommand).map((call) => call.args[0].input)).toEqual([
      {
        MeetingId: 'meeting-old',
        ExcludedAttendeeIds: [{ AttendeeId: 'meeting-old-host-1' }],
        Capabilities: { Audio: 'Receive', Video: 'SendReceive', Content: 'SendReceive' },
      },
      {
        MeetingId: 'meeting-old',
        ExcludedAttendeeIds: [{ AttendeeId: 'meeting-old-host-1' }],
        Capabilities: { Audio: 'SendReceive', Video: 'SendReceive', Content: 'SendReceive' },
      },
    ]);
  });

  it('reads every page of attendees to find the person', async () => {
    chime
      .on(ListAttendeesCommand, { MeetingId: 'meeting-old', MaxResults: 100 })
      .resolvesOnce({ ...listed('meeting-old', ['participant-1']), NextToken: 'page-2' })
      .resolvesOnce(listed('meeting-old', ['participant-2']));
    chime.on(DeleteAttendeeCommand).resolves({});
    await meetings().remove(consultation({ meetingId: 'meeting-old' }), 'participant-2');
    expect(chime.commandCalls(ListAttendeesCommand).map((call) => call.args[0].input.NextToken)).toEqual([undefined, 'page-2']);
    expect(chime.commandCalls(DeleteAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-old', AttendeeId: 'meeting-old-participant-2' },
    ]);
  });

  it('removes a person from every room they have an attendee in, so their join tokens stop working', async () => {
    chime.on(ListAttendeesCommand, { MeetingId: 'meeting-old' }).resolves(listed('meeting-old', ['participant-1']));
    chime.on(ListAttendeesCommand, { MeetingId: 'meeting-b2' }).resolves(listed('meeting-b2', ['participant-1']));
    chime.on(ListAttendeesCommand, { MeetingId: 'meeting-b3' }).resolves(listed('meeting-b3', ['participant-9']));
    chime.on(DeleteAttendeeCommand).resolves({});
    const record = consultation({ meetingId: 'meeting-old', roomMeetings: { 'breakout-2': 'meeting-b2', 'breakout-3': 'meeting-b3' } });
    await meetings().remove(record, 'participant-1');
    expect(chime.commandCalls(DeleteAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-old', AttendeeId: 'meeting-old-participant-1' },
      { MeetingId: 'meeting-b2', AttendeeId: 'meeting-b2-participant-1' },
    ]);
  });

  it('sends what one person may send, microphone and camera apart', async () => {
    chime.on(ListAttendeesCommand).resolves(listed('meeting-old', ['host-1', 'participant-1']));
    chime.on(UpdateAttendeeCapabilitiesCommand).resolves({});
    await meetings().allow(consultation({ meetingId: 'meeting-old' }), 'main', 'participant-1', { audio: false, video: false });
    await meetings().allow(consultation({ meetingId: 'meeting-old' }), 'main', 'participant-1', { audio: true, video: false });
    expect(chime.commandCalls(UpdateAttendeeCapabilitiesCommand).map((call) => call.args[0].input.Capabilities)).toEqual([
      { Audio: 'Receive', Video: 'Receive', Content: 'Receive' },
      { Audio: 'SendReceive', Video: 'Receive', Content: 'Receive' },
    ]);
  });

  it('changes nothing for someone with no attendee in the room', async () => {
    chime.on(ListAttendeesCommand).resolves(listed('meeting-old', ['host-1']));
    await meetings().allow(consultation({ meetingId: 'meeting-old' }), 'main', 'participant-1', { audio: false, video: true });
    await meetings().remove(consultation({ meetingId: 'meeting-old' }), 'participant-1');
    expect(chime.commandCalls(UpdateAttendeeCapabilitiesCommand)).toHaveLength(0);
    expect(chime.commandCalls(DeleteAttendeeCommand)).toHaveLength(0);
  });

  it('removes quietly from a meeting Chime has already ended, and asks nothing without a meeting', async () => {
    chime.on(ListAttendeesCommand).rejects(notFound());
    await expect(meetings().remove(consultation({ meetingId: 'meeting-old' }), 'participant-1')).resolves.toBeUndefined();
    chime.reset();
    await meetings().remove(consultation(), 'participant-1');
    await meetings().allow(consultation(), 'main', 'participant-1', { audio: false, video: false });
    expect(chime.calls()).toHaveLength(0);
  });

  it('deletes every room\'s meeting when the consultation ends', async () => {
    chime.on(DeleteMeetingCommand).resolves({});
    await meetings().end(consultation({ meetingId: 'meeting-old', roomMeetings: { 'breakout-2': 'meeting-b2' } }));
    expect(chime.commandCalls(DeleteMeetingCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-old' },
      { MeetingId: 'meeting-b2' },
    ]);
  });
});

describe('breakout rooms', () => {
  const group = (overrides: Partial<ConsultationRecord> = {}) =>
    consultation({
      type: 'group-consultation',
      status: 'in-progress',
      meetingId: 'meeting-main',
      roomMeetings: { 'breakout-1': 'meeting-b1', 'breakout-2': 'meeting-b2' },
      ...overrides,
    });

  beforeEach(() => {
    chime.reset();
    chime.on(CreateMeetingCommand).resolves({ Meeting: meeting('meeting-new') });
    chime.on(GetMeetingCommand).resolves({ Meeting: meeting('meeting-b1') });
    chime.on(BatchCreateAttendeeCommand).resolves({ Attendees: [], Errors: [] });
    chime.on(DeleteMeetingCommand).resolves({});
  });

  it('closing a room deletes that room\'s meeting and no other', async () => {
    await meetings().closeRoom(group(), 'breakout-2');
    expect(chime.calls().map((call) => call.args[0].constructor.name)).toEqual(['DeleteMeetingCommand']);
    expect(chime.commandCalls(DeleteMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-b2' }]);
  });

  it('closes quietly a room whose meeting Chime has already ended', async () => {
    chime.on(DeleteMeetingCommand).rejects(notFound());
    await expect(meetings().closeRoom(group(), 'breakout-1')).resolves.toBeUndefined();
    expect(chime.commandCalls(DeleteMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-b1' }]);
  });

  it('asks Chime nothing for a room that never had a meeting, and never ends the main room\'s', async () => {
    await meetings().closeRoom(group(), 'breakout-3');
    await meetings().closeRoom(group(), 'main');
    expect(chime.calls()).toHaveLength(0);
  });

  it('lets other failures to close a room reach the caller, after backing off when throttled', async () => {
    chime.on(DeleteMeetingCommand).rejectsOnce(throttled()).resolvesOnce({});
    await meetings().closeRoom(group(), 'breakout-1');
    expect(chime.commandCalls(DeleteMeetingCommand)).toHaveLength(2);
    chime.on(DeleteMeetingCommand).rejects(new BadRequestException({ message: 'Bad', $metadata: {} }));
    await expect(meetings().closeRoom(group(), 'breakout-1')).rejects.toThrow('Bad');
  });

  it('admits people into a breakout room with one BatchCreateAttendee per 100, to that room\'s own meeting', async () => {
    const people = Array.from({ length: 120 }, (_, i) => `participant-${i}`);
    const admitted = await meetings().admit(group(), people, 'breakout-1');
    expect(chime.commandCalls(GetMeetingCommand).map((call) => call.args[0].input)).toEqual([{ MeetingId: 'meeting-b1' }]);
    expect(chime.commandCalls(CreateMeetingCommand)).toHaveLength(0);
    expect(chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-b1', Attendees: people.slice(0, 100).map((id) => ({ ExternalUserId: id })) },
      { MeetingId: 'meeting-b1', Attendees: people.slice(100).map((id) => ({ ExternalUserId: id })) },
    ]);
    expect(admitted).toEqual({ meetingId: 'meeting-b1' });
  });

  it('makes a room just opened its own meeting, named after the consultation and the room, before admitting into it', async () => {
    const people = ['participant-1', 'participant-2'];
    const admitted = await meetings().admit(group({ roomMeetings: {} }), people, 'breakout-3');
    expect(chime.commandCalls(GetMeetingCommand)).toHaveLength(0);
    expect(chime.commandCalls(CreateMeetingCommand).map((call) => call.args[0].input)).toEqual([
      {
        ClientRequestToken: 'consultation-1-breakout-3-3',
        ExternalMeetingId: 'consultation-1/breakout-3',
        MediaRegion: 'eu-west-2',
        MeetingFeatures: { Attendee: { MaxCount: capacityOf('group-consultation') } },
      },
    ]);
    expect(chime.commandCalls(BatchCreateAttendeeCommand).map((call) => call.args[0].input)).toEqual([
      { MeetingId: 'meeting-new', Attendees: people.map((id) => ({ ExternalUserId: id })) },
    ]);
    expect(admitted).toEqual({ meetingId: 'meeting-new' });
  });

  it('lists in a room\'s credentials the people in that room only', async () => {
    chime.on(CreateAttendeeCommand).resolves({ Attendee: attendee('attendee-1') });
    const person = (id: string, room?: string) => ({ id, role: 'patient' as const, displayName: id, state: 'admitted' as const, updatedAt: '2030-01-01T10:00:00.000Z', ...(room && { room }) });
    const record = group({
      participants: {
        host: { ...person('host'), role: 'clinician', staffId: 'staff-1' },
        'participant-1': person('participant-1', 'breakout-1'),
        'participant-2': person('participant-2', 'breakout-1'),
        'participant-3': person('participant-3', 'breakout-2'),
        'participant-4': person('participant-4'),
      },
    });
    const inRoom = await meetings().join(record, 'participant-1', 'breakout-1');
    expect(inRoom.credentials.roster).toEqual(['participant-1', 'participant-2']);
    const inMain = await meetings().join(record, 'host', 'main');
    expect(inMain.credentials.roster).toEqual(['host', 'participant-4']);
  });
});
