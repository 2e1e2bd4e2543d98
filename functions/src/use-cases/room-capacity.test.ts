import { DomainError, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { p2pMeetings, roomFullMessage } from '../adapters/p2p-meetings.ts';
import type { ConsultationRecord, ParticipantRecord } from '../consultation/record.ts';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { joinMedia } from './join-media.ts';
import { leaveConsultation } from './participant-session.ts';

let api: TestApi;
const host = staffClaims(['clinician'], 'staff-group-host');

beforeAll(async () => {
  api = await startTestApi('room-capacity');
});
afterAll(() => api.close());

const person = (id: string, state: ParticipantRecord['state'] = 'admitted'): ParticipantRecord => ({
  id,
  role: 'patient',
  displayName: id,
  state,
  updatedAt: '2030-01-01T10:00:00.000Z',
});

/** A group consultation in progress: the host and `admitted` people let in (admission has no cap of six). */
const groupCall = async (id: string, admitted: number): Promise<ConsultationRecord> => {
  const people = Array.from({ length: admitted }, (_, i) => person(`${id}-p${i + 1}`));
  const record: ConsultationRecord = {
    id,
    type: 'group-consultation',
    status: 'in-progress',
    hostId: 'staff-group-host',
    hostName: 'Dr Test',
    createdAt: '2030-01-01T10:00:00.000Z',
    startedAt: '2030-01-01T10:00:00.000Z',
    participants: Object.fromEntries(
      [{ ...person(`${id}-host`), role: 'clinician' as const, staffId: 'staff-group-host' }, ...people].map((p) => [p.id, p]),
    ),
    links: {},
    version: 1,
  };
  await api.deps.store.consultations.add(record);
  return record;
};

const asParticipant = (consultationId: string, participantId: string) =>
  ({ kind: 'participant', session: { consultationId, participantId } }) as const;

const media = (consultationId: string, participantId: string, room?: string) =>
  joinMedia(api.deps, asParticipant(consultationId, participantId), consultationId, room);

const refusal = (outcome: PromiseSettledResult<unknown>) =>
  outcome.status === 'rejected' ? (outcome.reason as DomainError) : undefined;

describe('a local room holds six people with camera and microphone', () => {
  test('the seventh asking for the room’s media is refused with 409 room-full and the message that says why', async () => {
    const { id } = await groupCall('group-seven', 8);
    const hostMedia = await api.call(operations.media, { claims: host, pathParameters: { id } });
    expect(hostMedia.status).toBe(200);
    for (let i = 1; i <= 5; i++) await media(id, `${id}-p${i}`);
    const seventh = media(id, `${id}-p6`);
    await expect(seventh).rejects.toMatchObject({ code: 'room-full', status: 409, message: roomFullMessage });
    expect(roomFullMessage).toBe('On this machine a room holds 6 people with camera and microphone; deployed on AWS it holds 60.');
    // Asking again keeps one's place: the six already in are not refused.
    await expect(media(id, `${id}-p5`)).resolves.toMatchObject({ kind: 'p2p', roomId: id });
  });

  test('over HTTP the refusal is a 409 with the new error code', async () => {
    const { id } = await groupCall('group-http', 6);
    for (let i = 1; i <= 6; i++) await media(id, `${id}-p${i}`);
    // The host is the seventh here: everyone is held to the same six.
    const refused = await api.call(operations.media, { claims: host, pathParameters: { id } });
    expect(refused.status).toBe(409);
    expect(refused.json).toEqual({ error: 'room-full', message: roomFullMessage, capacity: 6 });
  });

  test('a parallel burst of twenty gives exactly six places', async () => {
    const { id } = await groupCall('group-burst', 20);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => media(id, `${id}-p${i + 1}`)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(6);
    expect(outcomes.map(refusal).filter((e) => e?.code === 'room-full')).toHaveLength(14);
  });

  test('someone who leaves frees their place for the next person', async () => {
    const { id } = await groupCall('group-leave', 7);
    for (let i = 1; i <= 6; i++) await media(id, `${id}-p${i}`);
    await expect(media(id, `${id}-p7`)).rejects.toMatchObject({ code: 'room-full' });
    await leaveConsultation(api.deps, { consultationId: id, participantId: `${id}-p2` });
    await expect(media(id, `${id}-p7`)).resolves.toMatchObject({ kind: 'p2p', peerId: `${id}-p7` });
  });

  test('admission itself is not capped, and a room other than the main one must exist', async () => {
    const { id } = await groupCall('group-admit', 12);
    const record = await api.deps.store.consultations.get(id);
    expect(Object.values(record!.participants).filter((p) => p.state === 'admitted')).toHaveLength(13);
    await expect(media(id, `${id}-p1`, 'breakout-1')).rejects.toMatchObject({ code: 'not-found', message: 'There is no such room in this call.' });
  });
});

describe('the P2P rooms themselves', () => {
  test('hold a place per room; moving to another room gives up the first', async () => {
    const meetings = p2pMeetings(2);
    const record = await groupCall('group-rooms', 3);
    const [a, b, c] = ['p1', 'p2', 'p3'].map((p) => `group-rooms-${p}`) as [string, string, string];
    await meetings.join(record, a, 'main');
    await meetings.join(record, b, 'main');
    await expect(meetings.join(record, c, 'main')).rejects.toBeInstanceOf(DomainError);
    const moved = await meetings.join(record, b, 'breakout-1');
    expect(moved.credentials).toMatchObject({ roomId: 'group-rooms/breakout-1' });
    await expect(meetings.join(record, c, 'main')).resolves.toBeDefined();
  });

  test('closing a breakout room frees its places and no other room\'s; the main room is never closed', async () => {
    const meetings = p2pMeetings(1);
    const record = await groupCall('group-close-room', 4);
    const [a, b, c] = ['p1', 'p2', 'p3'].map((p) => `group-close-room-${p}`) as [string, string, string];
    const placed = (id: string, room: string) => ({ ...record, participants: { ...record.participants, [id]: { ...record.participants[id]!, room } } });
    await meetings.join(placed(a, 'breakout-1'), a, 'breakout-1');
    await meetings.join(record, b, 'main');
    await expect(meetings.join(placed(c, 'breakout-1'), c, 'breakout-1')).rejects.toMatchObject({ code: 'room-full' });
    await meetings.closeRoom(record, 'breakout-1');
    await meetings.closeRoom(record, 'main');
    await expect(meetings.join(placed(c, 'breakout-1'), c, 'breakout-1')).resolves.toBeDefined();
    await expect(meetings.join(record, c, 'main')).rejects.toMatchObject({ code: 'room-full' });
  });

  test('lists in a room\'s credentials the people in that room only', async () => {
    const meetings = p2pMeetings();
    const base = await groupCall('group-roster', 3);
    const [a, b, c] = ['p1', 'p2', 'p3'].map((p) => `group-roster-${p}`) as [string, string, string];
    const record = {
      ...base,
      participants: { ...base.participants, [a]: { ...base.participants[a]!, room: 'breakout-1' }, [b]: { ...base.participants[b]!, room: 'breakout-1' } },
    };
    const inRoom = await meetings.join(record, a, 'breakout-1');
    expect(inRoom.credentials.kind === 'p2p' && [...inRoom.credentials.roster].sort()).toEqual([a, b].sort());
    const inMain = await meetings.join(record, c, 'main');
    expect(inMain.credentials.kind === 'p2p' && [...inMain.credentials.roster].sort()).toEqual(['group-roster-host', c].sort());
  });

  test('ending the consultation frees every room', async () => {
    const meetings = p2pMeetings(1);
    const record = await groupCall('group-ended', 2);
    await meetings.join(record, 'group-ended-p1', 'main');
    await meetings.end(record);
    await expect(meetings.join(record, 'group-ended-p2', 'main')).resolves.toBeDefined();
  });
});
