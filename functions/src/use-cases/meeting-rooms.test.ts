import { meetingRoomCapacity, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTimerTask } from '../handlers/timer.ts';
import { roomFullMessage } from '../meeting-room/sitting.ts';
import { staffClaims, startTestApi, type TestApi, testStaff } from '../testing/api.ts';

let api: TestApi;
let now = new Date('2030-03-02T09:00:00.000Z');
const aloneSeconds = 30;

const [member, otherMember, clinician, admin] = testStaff.map((s) => ({ ...staffClaims(s.groups, s.id), name: s.name }));

beforeAll(async () => {
  api = await startTestApi('meeting-rooms', { now: () => now }, { meetingRoomAloneSeconds: aloneSeconds });
});
afterAll(() => api.close());

const bearer = (session: string) => ({ authorization: `Bearer ${session}` });
const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);

const createRoom = async (name: string, memberIds: string[] = ['staff-member-1']) => {
  const created = await api.call(operations.createMeetingRoom, { claims: admin, json: { name, memberIds } });
  expect(created.status).toBe(201);
  return (created.json as { room: { id: string } }).room.id;
};

const guestLink = async (id: string) => {
  const answer = await api.call(operations.meetingRoomGuestLink, { claims: member, pathParameters: { id } });
  expect(answer.status).toBe(200);
  return tokenOf((answer.json as { url: string }).url);
};

const enterAsGuest = (token: string, displayName: string) => api.call(operations.verify, { json: { token, displayName } });
const sessionOf = (answer: { json: unknown }) => (answer.json as { session: string; consultationId: string; participantId: string });

describe('meeting rooms', () => {
  test('an administrator creates a room from the directory’s members; nobody else can, and only members may be chosen', async () => {
    const created = await api.call(operations.createMeetingRoom, {
      claims: admin,
      json: { name: 'Ward 5 huddle', memberIds: ['staff-member-1', 'staff-member-2'] },
    });
    expect(created.status).toBe(201);
    const { room } = created.json as { room: Record<string, unknown> };
    expect(room).toMatchObject({ name: 'Ward 5 huddle', occupancy: 0, capacity: 6 });
    expect(room.members).toEqual([
      { id: 'staff-member-1', name: 'Maria Member' },
      { id: 'staff-member-2', name: 'Mo Member' },
    ]);
    expect(JSON.stringify(created.json)).not.toMatch(/token|url|generation/i);
    expect((await api.call(operations.createMeetingRoom, { claims: clinician, json: { name: 'X', memberIds: [] } })).status).toBe(403);
    const notMember = await api.call(operations.createMeetingRoom, { claims: admin, json: { name: 'X', memberIds: ['staff-test-1'] } });
    expect(notMember.status).toBe(400);
    expect((await api.call(operations.listStaff, { claims: admin, query: { group: 'meeting-room-member' } })).json).toEqual({
      staff: [
        { id: 'staff-member-1', name: 'Maria Member', email: 'staff-member-1@example.org' },
        { id: 'staff-member-2', name: 'Mo Member', email: 'staff-member-2@example.org' },
      ],
    });
    expect((await api.call(operations.listStaff, { claims: clinician, query: { group: 'clinician' } })).status).toBe(403);
  });

  test('a member enters at once; twelve guests try the link at once: five get in, the rest are told the room is full', async () => {
    const id = await createRoom('Six at most');
    const entered = await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } });
    expect(entered.status).toBe(200);
    const token = await guestLink(id);
    const opened = await api.call(operations.join, { json: { token } });
    expect(opened.json).toEqual({ next: 'enter-name', meetingRoom: { name: 'Six at most' } });
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => enterAsGuest(token, `Guest ${i + 1}`)));
    expect(burst.filter((a) => a.status === 200)).toHaveLength(meetingRoomCapacity - 1);
    const refused = burst.filter((a) => a.status !== 200);
    expect(refused).toHaveLength(7);
    for (const answer of refused) {
      expect(answer.status).toBe(409);
      expect(answer.json).toEqual({ error: 'room-full', message: roomFullMessage, capacity: 6, meetingRoom: true });
    }
    // Everyone let in is in the call at once: their session says so, and the member's list counts six.
    const guest = sessionOf(burst.find((a) => a.status === 200)!);
    const session = await api.call(operations.session, { headers: bearer(guest.session) });
    expect(session.json).toMatchObject({ consultation: { type: 'meeting-room', status: 'in-progress' }, participant: { state: 'admitted', role: 'guest' } });
    const listed = await api.call(operations.listMeetingRooms, { claims: member });
    expect((listed.json as { rooms: { id: string; occupancy: number }[] }).rooms.find((r) => r.id === id)?.occupancy).toBe(6);
    // A member, too, is refused once six are in.
    const second = await api.call(operations.updateMeetingRoom, { claims: admin, pathParameters: { id }, json: { memberIds: ['staff-member-1', 'staff-member-2'] } });
    expect(second.status).toBe(200);
    expect((await api.call(operations.enterMeetingRoom, { claims: otherMember, pathParameters: { id } })).status).toBe(409);
  });

  test('a clinician who is not a member, and a participant session, cannot enter', async () => {
    const id = await createRoom('Members only');
    expect((await api.call(operations.enterMeetingRoom, { claims: clinician, pathParameters: { id } })).status).toBe(403);
    expect((await api.call(operations.enterMeetingRoom, { claims: otherMember, pathParameters: { id } })).status).toBe(403);
    const guest = sessionOf(await enterAsGuest(await guestLink(id), 'Pat Guest'));
    const asParticipant = await api.call(operations.enterMeetingRoom, { headers: bearer(guest.session), pathParameters: { id } });
    expect(asParticipant.status).toBe(401);
    expect((await api.call(operations.listMeetingRooms, { claims: clinician })).status).toBe(403);
  });

  test('after a reset every earlier link is refused at once and a new one works', async () => {
    const id = await createRoom('Reset me');
    const [first, second] = [await guestLink(id), await guestLink(id)];
    expect((await enterAsGuest(first, 'Before Reset')).status).toBe(200);
    expect((await api.call(operations.resetMeetingRoomLink, { claims: member, pathParameters: { id } })).status).toBe(403);
    expect((await api.call(operations.resetMeetingRoomLink, { claims: admin, pathParameters: { id } })).status).toBe(200);
    for (const token of [first, second]) {
      expect((await api.call(operations.join, { json: { token } })).json).toMatchObject({ error: 'link-invalid' });
      expect((await enterAsGuest(token, 'After Reset')).status).toBe(404);
    }
    expect((await enterAsGuest(await guestLink(id), 'New Link')).status).toBe(200);
  });

  test('a guest alone is told by the server’s watch: their call ends when no member comes in time', async () => {
    const id = await createRoom('Alone');
    const guest = sessionOf(await enterAsGuest(await guestLink(id), 'Lonely Guest'));
    const watch = api.outside.timers.find((t) => t.kind === 'meeting-room-alone' && t.id === guest.consultationId)!;
    expect(watch).toBeDefined();
    const task = createTimerTask(api.deps);
    // Not yet: the watch waits until the guest's time is up.
    const early = (await task(watch)) as { dueAt: string };
    expect(Date.parse(early.dueAt)).toBe(now.getTime() + aloneSeconds * 1000);
    now = new Date(Date.parse(early.dueAt));
    expect(await task({ ...watch, dueAt: early.dueAt })).toEqual({ kind: 'meeting-room-alone', id: guest.consultationId });
    const session = await api.call(operations.session, { headers: bearer(guest.session) });
    expect(session.json).toMatchObject({ consultation: { status: 'ended' }, participant: { state: 'left' } });
    expect(api.outside.closedTopics).toContain(`consultation#${guest.consultationId}`);
    // The next one in opens a new sitting of the room.
    const next = sessionOf(await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } }));
    expect(next.consultationId).not.toBe(guest.consultationId);
  });

  test('a member in the room keeps the guests’ call going; when the member leaves, the guests’ time starts', async () => {
    const id = await createRoom('Attended');
    const staff = sessionOf(await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } }));
    const guest = sessionOf(await enterAsGuest(await guestLink(id), 'Kept Guest'));
    const task = createTimerTask(api.deps);
    const watch = { kind: 'meeting-room-alone' as const, id: guest.consultationId, dueAt: now.toISOString() };
    now = new Date(now.getTime() + 5 * aloneSeconds * 1000);
    const later = (await task(watch)) as { dueAt: string };
    expect(Date.parse(later.dueAt)).toBe(now.getTime() + aloneSeconds * 1000);
    expect((await api.call(operations.leave, { headers: bearer(staff.session) })).status).toBe(200);
    const countdown = (await task(watch)) as { dueAt: string };
    expect(Date.parse(countdown.dueAt)).toBe(now.getTime() + aloneSeconds * 1000);
  });

  test('a guest is told by the server whether anyone of the organisation is in the room, as members come and go; nobody else hears it', async () => {
    const id = await createRoom('Who is here');
    const first = sessionOf(await enterAsGuest(await guestLink(id), 'First Guest'));
    const topic = `consultation#${first.consultationId}`;
    const sessionSays = async (session: string) =>
      ((await api.call(operations.session, { headers: bearer(session) })).json as { consultation: { staffPresent?: boolean } }).consultation.staffPresent;
    const attendanceSince = (before: number) =>
      api.outside.events.slice(before).filter((e) => (e.event as { type: string }).type === 'attendance-changed');
    expect(await sessionSays(first.session)).toBe(false);

    let before = api.outside.events.length;
    const staff = sessionOf(await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } }));
    const [came] = attendanceSince(before);
    expect(attendanceSince(before)).toHaveLength(1);
    // A yes or no, nothing of who; to the guest's own socket only.
    expect(came).toMatchObject({ topic, event: { type: 'attendance-changed', consultationId: first.consultationId, staffPresent: true } });
    expect(Object.keys(came!.event as object).sort()).toEqual(['consultationId', 'staffPresent', 'type']);
    expect(came!.audience?.({ topic, peerId: first.participantId, consultationId: first.consultationId })).toBe(true);
    expect(came!.audience?.({ topic, peerId: staff.participantId, consultationId: first.consultationId })).toBe(false);
    expect(came!.audience?.({ topic, peerId: first.participantId, consultationId: first.consultationId, staff: true })).toBe(false);
    expect(came!.audience?.({ topic, peerId: 'someone-else', consultationId: first.consultationId })).toBe(false);
    expect(await sessionSays(first.session)).toBe(true);
    // The member's own session is told nothing of it.
    expect(await sessionSays(staff.session)).toBeUndefined();

    // Another guest coming changes nothing for anyone: no word; their session says a member is there.
    before = api.outside.events.length;
    const second = sessionOf(await enterAsGuest(await guestLink(id), 'Second Guest'));
    expect(attendanceSince(before)).toHaveLength(0);
    expect(await sessionSays(second.session)).toBe(true);

    // The member leaves: both guests hear that nobody of the organisation is there, and their time counts.
    before = api.outside.events.length;
    expect((await api.call(operations.leave, { headers: bearer(staff.session) })).status).toBe(200);
    const [went] = attendanceSince(before);
    expect(attendanceSince(before)).toHaveLength(1);
    expect(went).toMatchObject({ topic, event: { staffPresent: false } });
    for (const guest of [first, second]) {
      expect(went!.audience?.({ topic, peerId: guest.participantId, consultationId: first.consultationId })).toBe(true);
      expect(await sessionSays(guest.session)).toBe(false);
    }
    expect(went!.audience?.({ topic, peerId: staff.participantId, consultationId: first.consultationId })).toBe(false);
    const header = await api.deps.store.consultations.getHeader(first.consultationId);
    expect(header?.unattendedSince).toBeDefined();
  });

  test('someone who reloads comes straight back in; the log tells the administrator who came and went', async () => {
    const id = await createRoom('Come back');
    const staff = sessionOf(await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } }));
    await api.call(operations.leave, { headers: bearer(staff.session) });
    const back = await api.call(operations.session, { headers: bearer(staff.session) });
    expect(back.json).toMatchObject({ participant: { state: 'admitted' } });
    const log = await api.call(operations.meetingRoomLog, { claims: admin, pathParameters: { id } });
    expect((log.json as { visits: unknown[] }).visits).toEqual([
      expect.objectContaining({ displayName: 'Maria Member', member: true, consultationId: staff.consultationId }),
    ]);
    expect((await api.call(operations.meetingRoomLog, { claims: member, pathParameters: { id } })).status).toBe(403);
  });

  test('a deleted room is gone: its links no longer open and nobody can enter', async () => {
    const id = await createRoom('Short-lived');
    const token = await guestLink(id);
    const guest = sessionOf(await enterAsGuest(token, 'Early Guest'));
    expect((await api.call(operations.deleteMeetingRoom, { claims: admin, pathParameters: { id } })).status).toBe(200);
    expect((await api.call(operations.join, { json: { token } })).status).toBe(404);
    expect((await api.call(operations.enterMeetingRoom, { claims: member, pathParameters: { id } })).status).toBe(404);
    expect((await api.call(operations.session, { headers: bearer(guest.session) })).json).toMatchObject({ consultation: { status: 'ended' } });
  });

  test('a member sends the link by SMS; the message says who asks, where, and that it is not for clinical use', async () => {
    const id = await createRoom('Texted');
    const sent = await api.call(operations.sendMeetingRoomLink, { claims: member, pathParameters: { id }, json: { mobile: '07700 900456' } });
    expect(sent.status).toBe(201);
    expect(sent.json).toEqual({ channel: 'sms', sentTo: '+44 •••• •••456' });
    const message = api.outside.messages.at(-1)!;
    expect(message).toMatchObject({ channel: 'sms', to: '+447700900456' });
    expect(message.body).toContain('Maria Member');
    expect(message.body).toContain('Texted');
    expect(message.body).toContain('Not for clinical use');
    expect((await api.call(operations.join, { json: { token: tokenOf(message.body.match(/https:\S+/)![0]) } })).status).toBe(200);
  });
});
