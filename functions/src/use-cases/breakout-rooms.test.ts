import { type Breakout, operations } from '@clinicall/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Meetings, PendingTimer, Subscription } from '#ports';
import { createTimerTask } from '../handlers/timer.ts';
import { type Claims, type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { openGroup } from '../testing/group.ts';
import { consultationTopic, staffTopic } from './announce.ts';
import { moveToBreakoutRoom } from './breakout-rooms.ts';
import { relaySignal } from './events.ts';
import { joinMedia } from './join-media.ts';

/**
 * Breakout rooms through the route table's handlers on dynalite: opened for sixty, people moved,
 * the rooms given more time and closed (by the moderator, or by their timer with every browser
 * closed); media and signalling kept to the room a person is in; the waiting room hears nothing.
 */

let api: TestApi;
const host: Claims = staffClaims(['clinician'], 'breakout-host');
const otherClinician: Claims = staffClaims(['clinician'], 'breakout-other');
/** The clock of the API: moved on by the tests, never waited for. */
let now = Date.parse('2030-03-04T10:00:00.000Z');

/** What the use cases asked of the media port, in order. */
let asked: unknown[][] = [];
const recording = (inner: Meetings): Meetings => ({
  join: (...args) => inner.join(...args),
  admit: (c, ids, room) => (asked.push(['admit', room, [...ids]]), inner.admit(c, ids, room)),
  allow: (...args) => inner.allow(...args),
  allowAllExcept: (...args) => inner.allowAllExcept(...args),
  remove: (...args) => inner.remove(...args),
  closeRoom: (c, room) => (asked.push(['closeRoom', room]), inner.closeRoom(c, room)),
  end: (c) => inner.end(c),
});

beforeAll(async () => {
  api = await startTestApi('breakout-rooms', { now: () => new Date(now) });
  Object.assign(api.deps, { meetings: recording(api.deps.meetings) });
});
afterAll(() => api.close());
beforeEach(() => {
  asked = [];
});

type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;
const staffCall = (who: Claims, op: (typeof operations)[keyof typeof operations], options: EventOptions) => api.call(op, { claims: who, ...options });

/**
 * A group in progress: `size` people invited, of whom the first `admitted` are let in by the host
 * and the next `waiting` wait in the waiting room (they arrived: their item says so).
 */
const groupInCall = async (size: number, admitted: number, waiting = 0) => {
  const { consultationId, members } = await openGroup(api.deps, host.sub as string, size);
  const ids = members.map((m) => m.participantId);
  const arriving = new Set(ids.slice(0, admitted + waiting));
  await api.deps.store.consultations.update(consultationId, (current) => ({
    ...current,
    participants: Object.fromEntries(
      Object.values(current.participants).map((p) => [p.id, arriving.has(p.id) ? { ...p, state: 'waiting' as const } : p]),
    ),
  }));
  const letIn = await staffCall(host, operations.admit, { pathParameters: { id: consultationId }, json: { participantIds: ids.slice(0, admitted) } });
  expect(letIn.status, letIn.text).toBe(200);
  const record = (await api.deps.store.consultations.get(consultationId))!;
  const hostParticipant = Object.values(record.participants).find((p) => p.staffId === host.sub)!;
  return { consultationId, ids, hostId: hostParticipant.id };
};

const open = (consultationId: string, body: unknown, who: Claims = host) =>
  staffCall(who, operations.openBreakoutRooms, { pathParameters: { id: consultationId }, json: body });
const move = (consultationId: string, roomId: string, participantId: string) =>
  staffCall(host, operations.moveToBreakoutRoom, { pathParameters: { id: consultationId, roomId }, json: { participantId } });
const close = (consultationId: string) => staffCall(host, operations.closeBreakoutRooms, { pathParameters: { id: consultationId } });
const extend = (consultationId: string, minutes: number) =>
  staffCall(host, operations.extendBreakoutRooms, { pathParameters: { id: consultationId }, json: { minutes } });

const stored = async (consultationId: string) => (await api.deps.store.consultations.get(consultationId))!;
const roomsOf = async (consultationId: string) =>
  Object.fromEntries(Object.values((await stored(consultationId)).participants).map((p) => [p.id, p.room]));

/** What one listener on the consultation's topic heard since `from`. */
const heardBy = (consultationId: string, listener: Omit<Subscription, 'topic'>, from: number) =>
  api.outside.events
    .slice(from)
    .filter(({ topic, audience }) => topic === consultationTopic(consultationId) && (audience?.({ topic, ...listener }) ?? true))
    .map(({ event }) => event as { type: string; participant?: { id: string; room?: string }; breakout?: Breakout });

const asParticipant = (consultationId: string, participantId: string) =>
  ({ kind: 'participant', session: { consultationId, participantId } }) as const;

describe('opening breakout rooms', () => {
  test('four rooms of fifteen for sixty people in the call: one change, everyone placed and told, the waiting room hears nothing', async () => {
    const { consultationId, ids } = await groupInCall(60, 60);
    asked = [];
    const from = api.outside.events.length;
    const timersBefore = api.outside.timers.length;
    const rooms = [0, 1, 2, 3].map((r) => ({ name: `Table ${r + 1}`, participantIds: ids.slice(r * 15, r * 15 + 15) }));

    const opened = await open(consultationId, { rooms });
    expect(opened.status, opened.text).toBe(201);
    expect(opened.json).toEqual({ rooms: rooms.map((r, i) => ({ id: `breakout-${i + 1}`, name: r.name })) });

    const record = await stored(consultationId);
    expect(record.breakout).toEqual({ generation: 1, rooms: rooms.map((r, i) => ({ id: `breakout-${i + 1}`, name: r.name })) });
    expect(record.breakoutGenerations).toBe(1);
    const where = await roomsOf(consultationId);
    rooms.forEach((r, i) => {
      for (const id of r.participantIds) expect(where[id], id).toBe(`breakout-${i + 1}`);
    });
    // No time set: no timer.
    expect(api.outside.timers.length).toBe(timersBefore);
    // Each room's people got their places in that room's media ahead, one request per room.
    expect(asked.map(([what, room, people]) => [what, room, [...(people as string[])].sort()])).toEqual(
      rooms.map((r, i) => ['admit', `breakout-${i + 1}`, [...r.participantIds].sort()]),
    );

    // Everyone in the call hears the rooms, and every person's move with their room.
    for (const [i, id] of ids.entries()) {
      const heard = heardBy(consultationId, { peerId: id, consultationId }, from);
      expect(heard.filter((e) => e.type === 'breakout-changed').map((e) => e.breakout?.rooms.length)).toEqual([4]);
      const moves = heard.filter((e) => e.type === 'participant-changed');
      expect(moves).toHaveLength(60);
      expect(moves.find((e) => e.participant!.id === id)!.participant!.room).toBe(`breakout-${Math.floor(i / 15) + 1}`);
    }
    // The moderator's dashboard and call page hear it too.
    expect(api.outside.events.slice(from).filter(({ topic, event }) => topic === staffTopic(host.sub as string) && (event as { type: string }).type === 'breakout-changed')).toHaveLength(1);
    // Someone not in the call hears nothing.
    expect(heardBy(consultationId, { peerId: 'someone-waiting', consultationId }, from)).toEqual([]);
  }, 60_000);

  test('with a time: the end is set and its timer armed for that moment', async () => {
    const { consultationId, ids } = await groupInCall(4, 4);
    const opened = await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2) }], minutes: 10 });
    expect(opened.status, opened.text).toBe(201);
    const closesAt = new Date(now + 10 * 60_000).toISOString();
    expect(json(opened).closesAt).toBe(closesAt);
    expect(api.outside.timers.at(-1)).toEqual({ kind: 'breakout-end', id: `${consultationId}.1.${Date.parse(closesAt)}`, dueAt: closesAt });
  });

  test('refuses what the rules forbid with a 4xx, changing nothing and telling nobody', async () => {
    const { consultationId, ids, hostId } = await groupInCall(7, 4, 2);
    const [a, b, c, d] = ids as [string, string, string, string];
    const waiting = ids[4]!;
    const invited = ids[6]!;
    const cases: [unknown, number, string][] = [
      [{ rooms: [{ name: 'A', participantIds: [a, 'someone-unknown'] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [a, waiting] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [invited] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [a, hostId] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [a, b] }, { name: 'B', participantIds: [c, a] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [a, a] }] }, 400, 'invalid-request'],
      [{ rooms: [] }, 400, 'invalid-request'],
      [{ rooms: [{ name: ' ', participantIds: [a] }] }, 400, 'invalid-request'],
      [{ rooms: [{ name: 'A', participantIds: [a] }], minutes: 0 }, 400, 'invalid-request'],
    ];
    for (const [body, status, error] of cases) {
      const before = { record: await stored(consultationId), events: api.outside.events.length, timers: api.outside.timers.length };
      const refused = await open(consultationId, body);
      expect(refused.status, JSON.stringify(body)).toBe(status);
      expect(json(refused).error).toBe(error);
      expect(await stored(consultationId)).toEqual(before.record);
      expect(api.outside.events.length).toBe(before.events);
      expect(api.outside.timers.length).toBe(before.timers);
    }
    // Another clinician is told there is no such consultation.
    expect((await open(consultationId, { rooms: [{ name: 'A', participantIds: [a] }] }, otherClinician)).status).toBe(404);

    // Open already: a second opening is a 409, whatever it asks.
    expect((await open(consultationId, { rooms: [{ name: 'A', participantIds: [a, b] }], minutes: 5 })).status).toBe(201);
    const before = { record: await stored(consultationId), events: api.outside.events.length, timers: api.outside.timers.length };
    const again = await open(consultationId, { rooms: [{ name: 'C', participantIds: [c, d] }], minutes: 5 });
    expect(again.status).toBe(409);
    expect(json(again).error).toBe('illegal-transition');
    expect(await stored(consultationId)).toEqual(before.record);
    expect(api.outside.events.length).toBe(before.events);
    expect(api.outside.timers.length).toBe(before.timers);
  });

  test('two moderators clicking at once open the rooms once', async () => {
    const { consultationId, ids } = await groupInCall(6, 6);
    const answers = await Promise.all(
      [0, 1, 2].map((i) => open(consultationId, { rooms: [{ name: `R${i}`, participantIds: ids.slice(i * 2, i * 2 + 2) }] })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const record = await stored(consultationId);
    expect(record.breakoutGenerations).toBe(1);
    expect(Object.values(record.participants).filter((p) => p.room === 'breakout-1')).toHaveLength(2);
  });

  test('not before the session is under way', async () => {
    const { consultationId, members } = await openGroup(api.deps, host.sub as string, 2);
    const early = await open(consultationId, { rooms: [{ name: 'A', participantIds: [members[0]!.participantId] }] });
    expect(early.status).toBe(409);
  });
});

describe('moving people', () => {
  test('one person to a room and back; the call hears it with their room; moderators visit by moving themselves', async () => {
    const { consultationId, ids, hostId } = await groupInCall(5, 4, 1);
    const waiting = ids[4]!;
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: [ids[2]!] }] });
    const from = api.outside.events.length;

    const moved = await move(consultationId, 'breakout-2', ids[0]!);
    expect(moved.status, moved.text).toBe(200);
    expect(json(moved).rooms).toHaveLength(2);
    expect((await roomsOf(consultationId))[ids[0]!]).toBe('breakout-2');
    const heard = heardBy(consultationId, { peerId: ids[3]!, consultationId }, from);
    expect(heard.map((e) => [e.type, e.participant?.id, e.participant?.room])).toEqual([['participant-changed', ids[0], 'breakout-2']]);
    expect(heardBy(consultationId, { peerId: waiting, consultationId }, from)).toEqual([]);

    // Back to the main room: no room any more.
    expect((await move(consultationId, 'main', ids[0]!)).status).toBe(200);
    expect((await roomsOf(consultationId))[ids[0]!]).toBeUndefined();
    // The host visits room B.
    expect((await move(consultationId, 'breakout-2', hostId)).status).toBe(200);
    expect((await roomsOf(consultationId))[hostId]).toBe('breakout-2');

    // A room that is not open, someone waiting, someone unknown: refused, nothing changed.
    const before = await stored(consultationId);
    expect((await move(consultationId, 'breakout-7', ids[3]!)).status).toBe(404);
    expect((await move(consultationId, 'breakout-1', waiting)).status).toBe(409);
    expect((await move(consultationId, 'breakout-1', 'someone-unknown')).status).toBe(404);
    expect(await stored(consultationId)).toEqual(before);
  });
});

describe('moves crossing a close', () => {
  test('leave nobody in a room that is gone, however they interleave', async () => {
    const { consultationId, ids, hostId } = await groupInCall(4, 4);
    for (let round = 0; round < 6; round++) {
      const opened = await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2) }] });
      expect(opened.status, opened.text).toBe(201);
      const answers = await Promise.all([
        move(consultationId, 'breakout-2', ids[0]!),
        move(consultationId, 'breakout-1', hostId),
        close(consultationId),
        move(consultationId, 'breakout-1', ids[3]!),
      ]);
      for (const a of answers) expect([200, 404], a.text).toContain(a.status);
      const record = await stored(consultationId);
      expect(record.breakout).toBeUndefined();
      expect(Object.values(record.participants).filter((p) => p.room !== undefined).map((p) => p.room)).toEqual([]);
    }
  }, 60_000);

  test('a move written just after the rooms closed (the close had read that person before) is undone', async () => {
    const { consultationId, ids } = await groupInCall(3, 3);
    await open(consultationId, { rooms: [{ name: 'A', participantIds: [ids[0]!] }, { name: 'B', participantIds: [ids[1]!] }] });
    const inner = api.deps.store.consultations;
    let crossed = false;
    // The close lands between the move's read and its write: the header says closed, the person the
    // close read before the move's write is left as it read them (in the main room already).
    const consultations: typeof inner = {
      ...inner,
      updatePerson: async (id, participantId, apply) => {
        const written = await inner.updatePerson(id, participantId, apply);
        if (!crossed) {
          crossed = true;
          await inner.update(id, ({ breakout: _closed, roomMeetings: _gone, ...rest }) => rest);
        }
        return written;
      },
    };
    const staff = { id: host.sub as string, email: 'host@example.org', name: 'Dr Host', groups: ['clinician'] as const };
    await moveToBreakoutRoom({ ...api.deps, store: { ...api.deps.store, consultations } }, staff, consultationId, 'breakout-2', ids[2]!);
    expect(crossed).toBe(true);
    const record = await stored(consultationId);
    expect(record.breakout).toBeUndefined();
    expect(record.participants[ids[2]!]!.room).toBeUndefined();
  });
});

describe('media and signalling per room', () => {
  test('a participant gets the media of their own room only; a moderator of any room; the roster is the room\'s people', async () => {
    const { consultationId, ids, hostId } = await groupInCall(5, 5);
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2, 4) }] });
    const media = (participantId: string, room?: string) => joinMedia(api.deps, asParticipant(consultationId, participantId), consultationId, room);

    const rosterOf = async (participantId: string, room: string) => {
      const credentials = await media(participantId, room);
      return credentials.kind === 'p2p' ? [...credentials.roster].sort() : undefined;
    };
    await expect(media(ids[0]!, 'breakout-1')).resolves.toMatchObject({ kind: 'p2p', roomId: `${consultationId}/breakout-1` });
    expect(await rosterOf(ids[0]!, 'breakout-1')).toEqual(ids.slice(0, 2).sort());
    await expect(media(ids[0]!, 'breakout-2')).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(media(ids[0]!, 'main')).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(media(ids[0]!)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(media(ids[0]!, 'breakout-3')).rejects.toMatchObject({ code: 'not-found', status: 404 });
    // Someone left in the main room gets the main room, with the host.
    expect(await rosterOf(ids[4]!, 'main')).toEqual([hostId, ids[4]!].sort());
    await expect(media(ids[4]!, 'breakout-1')).rejects.toMatchObject({ code: 'forbidden' });

    // The host, over HTTP: any room open, and no other.
    const hostMedia = (room: string) => staffCall(host, operations.media, { pathParameters: { id: consultationId }, query: { room } });
    const b = await hostMedia('breakout-2');
    expect(b.status, b.text).toBe(200);
    expect((json(b).roster as string[]).sort()).toEqual(ids.slice(2, 4).sort());
    expect((await hostMedia('breakout-9')).status).toBe(404);
    expect((await staffCall(otherClinician, operations.media, { pathParameters: { id: consultationId }, query: { room: 'main' } })).status).toBe(404);

    // Rooms closed: everyone is back in the main room, and the breakout rooms are gone.
    expect((await close(consultationId)).status).toBe(200);
    expect(await rosterOf(ids[0]!, 'main')).toEqual([hostId, ...ids].sort());
    await expect(media(ids[0]!, 'breakout-1')).rejects.toMatchObject({ code: 'not-found' });
  });

  test('over HTTP a participant asking another room\'s media is refused with 403', async () => {
    const { consultationId, members } = await openGroup(api.deps, host.sub as string, 3);
    const sessions: string[] = [];
    for (const { token, dateOfBirth } of members) {
      const verified = await api.call(operations.verify, { json: { token, dateOfBirth } });
      expect(verified.status, verified.text).toBe(200);
      sessions.push(json(verified).session as string);
    }
    const ids = members.map((m) => m.participantId);
    await staffCall(host, operations.admit, { pathParameters: { id: consultationId }, json: { all: true } });
    await open(consultationId, { rooms: [{ name: 'A', participantIds: [ids[0]!] }, { name: 'B', participantIds: [ids[1]!] }] });
    const ask = (session: string, room: string) =>
      api.call(operations.media, { headers: { authorization: `Bearer ${session}` }, pathParameters: { id: consultationId }, query: { room } });
    expect((await ask(sessions[0]!, 'breakout-1')).status).toBe(200);
    const other = await ask(sessions[0]!, 'breakout-2');
    expect(other.status).toBe(403);
    expect(json(other).error).toBe('forbidden');
    expect((await ask(sessions[0]!, 'main')).status).toBe(403);
    expect((await ask(sessions[2]!, 'main')).status).toBe(200);

    // The session says which room they are in, and the rooms open.
    const me = await api.call(operations.session, { headers: { authorization: `Bearer ${sessions[1]!}` } });
    expect(json(me).participant).toMatchObject({ room: 'breakout-2' });
    expect((json(me).consultation as Json).breakout).toEqual({ rooms: [{ id: 'breakout-1', name: 'A' }, { id: 'breakout-2', name: 'B' }] });
  });

  test('a signal is relayed to the peers of the sender\'s room only', async () => {
    const { consultationId, ids, hostId } = await groupInCall(5, 4, 1);
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2, 4) }] });
    const topic = consultationTopic(consultationId);
    const peers = [...ids, hostId];
    for (const peerId of peers) {
      await api.deps.store.access.addConnection(`conn-${peerId}`, { topic, peerId, consultationId, ...(peerId === hostId && { staff: true }) }, new Date(now));
    }
    const relayed = async (from: string, to = '*') => {
      const posted: string[] = [];
      await relaySignal(api.deps, `conn-${from}`, { action: 'signal', to, data: { hello: true } }, (connectionId) => Promise.resolve(void posted.push(connectionId)));
      return posted.sort();
    };
    expect(await relayed(ids[0]!)).toEqual([`conn-${ids[1]}`]);
    expect(await relayed(ids[2]!)).toEqual([`conn-${ids[3]}`]);
    // Across rooms: nothing, even addressed by name.
    expect(await relayed(ids[0]!, ids[2])).toEqual([]);
    expect(await relayed(ids[0]!, hostId)).toEqual([]);
    // The host in the main room reaches nobody in a breakout room; someone waiting reaches nobody.
    expect(await relayed(hostId)).toEqual([]);
    expect(await relayed(ids[4]!)).toEqual([]);
    // The host visits room A: now they and its people signal one another.
    await move(consultationId, 'breakout-1', hostId);
    expect(await relayed(hostId)).toEqual([`conn-${ids[0]}`, `conn-${ids[1]}`].sort());
    expect(await relayed(ids[1]!)).toEqual([`conn-${ids[0]}`, `conn-${hostId}`].sort());
  });
});

describe('giving more time, and closing', () => {
  const task = () => createTimerTask(api.deps);
  const breakoutTimers = (consultationId: string) =>
    api.outside.timers.filter((t): t is PendingTimer => t.kind === 'breakout-end' && t.id.startsWith(`${consultationId}.`));

  test('extended: the first timer firing does nothing; the new one closes the rooms and ends their meetings', async () => {
    const { consultationId, ids } = await groupInCall(4, 4);
    const opened = now;
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids.slice(0, 2) }, { name: 'B', participantIds: ids.slice(2) }], minutes: 5 });
    await api.deps.store.consultations.update(consultationId, (c) => ({ ...c, roomMeetings: { 'breakout-1': 'meeting-b1' } }));
    now = opened + 2 * 60_000;
    const extended = await extend(consultationId, 10);
    expect(extended.status, extended.text).toBe(200);
    const closesAt = new Date(opened + 15 * 60_000).toISOString();
    expect(json(extended).closesAt).toBe(closesAt);
    const [first, second] = breakoutTimers(consultationId) as [PendingTimer, PendingTimer];
    expect(second).toEqual({ kind: 'breakout-end', id: `${consultationId}.1.${Date.parse(closesAt)}`, dueAt: closesAt });
    expect(first.dueAt).toBe(new Date(opened + 5 * 60_000).toISOString());

    // The first end comes: nothing happens, nobody is told.
    now = opened + 5 * 60_000;
    const from = api.outside.events.length;
    expect(await task()(first)).toEqual({ kind: 'breakout-end', id: first.id });
    expect((await stored(consultationId)).breakout?.closesAt).toBe(closesAt);
    expect(Object.values(await roomsOf(consultationId)).filter(Boolean)).toHaveLength(4);
    expect(api.outside.events.length).toBe(from);
    // The new end, early (a clock off by a second): nothing yet.
    now = opened + 15 * 60_000 - 1000;
    await task()(second);
    expect((await stored(consultationId)).breakout).toBeDefined();

    now = opened + 15 * 60_000;
    asked = [];
    expect(await task()(second)).toEqual({ kind: 'breakout-end', id: second.id });
    const record = await stored(consultationId);
    expect(record.breakout).toBeUndefined();
    expect(record.roomMeetings).toBeUndefined();
    expect(record.breakoutGenerations).toBe(1);
    expect(Object.values(await roomsOf(consultationId)).filter(Boolean)).toEqual([]);
    expect(asked).toEqual([['closeRoom', 'breakout-1'], ['closeRoom', 'breakout-2']]);
    const heard = heardBy(consultationId, { peerId: ids[0]!, consultationId }, from);
    expect(heard.filter((e) => e.type === 'breakout-changed')).toEqual([{ type: 'breakout-changed', consultationId }]);
    const back = heard.filter((e) => e.type === 'participant-changed').map((e) => e.participant!);
    expect(back.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(back.every((p) => !('room' in p))).toBe(true);
    // Firing again (a retry) changes nothing.
    await task()(second);
    expect(await stored(consultationId)).toEqual(record);
  });

  test('a timer of an earlier opening does nothing to the rooms opened after it', async () => {
    const { consultationId, ids } = await groupInCall(2, 2);
    const opened = now;
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids }], minutes: 1 });
    const [first] = breakoutTimers(consultationId) as [PendingTimer];
    expect((await close(consultationId)).status).toBe(200);
    await open(consultationId, { rooms: [{ name: 'Again', participantIds: ids }], minutes: 30 });
    now = opened + 60_000;
    await task()(first);
    expect((await stored(consultationId)).breakout).toMatchObject({ generation: 2, rooms: [{ id: 'breakout-1', name: 'Again' }] });
    await close(consultationId);
  });

  test('extending needs rooms open; one without an end gets one from now', async () => {
    const { consultationId, ids } = await groupInCall(2, 2);
    const before = await stored(consultationId);
    expect((await extend(consultationId, 5)).status).toBe(409);
    expect(await stored(consultationId)).toEqual(before);
    await open(consultationId, { rooms: [{ name: 'A', participantIds: ids }] });
    const extended = await extend(consultationId, 5);
    expect(json(extended).closesAt).toBe(new Date(now + 5 * 60_000).toISOString());
  });

  test('the moderator closes all: everyone back in the main room, each room\'s meeting ended, the call told; closing again changes nothing', async () => {
    const { consultationId, ids, hostId } = await groupInCall(7, 6, 1);
    const waiting = ids[6]!;
    await open(consultationId, { rooms: [0, 1, 2].map((r) => ({ name: `R${r}`, participantIds: ids.slice(r * 2, r * 2 + 2) })), minutes: 20 });
    await move(consultationId, 'breakout-3', hostId);
    await api.deps.store.consultations.update(consultationId, (c) => ({ ...c, roomMeetings: { 'breakout-1': 'm1', 'breakout-3': 'm3' } }));
    const from = api.outside.events.length;
    asked = [];
    const closed = await close(consultationId);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json).toEqual({ rooms: [] });
    const record = await stored(consultationId);
    expect(record.breakout).toBeUndefined();
    expect(record.roomMeetings).toBeUndefined();
    expect(Object.values(record.participants).filter((p) => p.room !== undefined)).toEqual([]);
    expect(asked).toEqual([['closeRoom', 'breakout-1'], ['closeRoom', 'breakout-2'], ['closeRoom', 'breakout-3']]);
    const heard = heardBy(consultationId, { peerId: ids[0]!, consultationId }, from);
    expect(heard.filter((e) => e.type === 'breakout-changed')).toEqual([{ type: 'breakout-changed', consultationId }]);
    expect(heard.filter((e) => e.type === 'participant-changed').map((e) => e.participant!.id).sort()).toEqual([...ids.slice(0, 6), hostId].sort());
    expect(heardBy(consultationId, { peerId: waiting, consultationId }, from)).toEqual([]);

    const events = api.outside.events.length;
    asked = [];
    const again = await close(consultationId);
    expect(again.status).toBe(200);
    expect(await stored(consultationId)).toEqual(record);
    expect(api.outside.events.length).toBe(events);
    expect(asked).toEqual([]);
    // The old timer, when it comes, finds nothing to close.
    now += 20 * 60_000;
    await task()(breakoutTimers(consultationId).at(-1)!);
    expect(await stored(consultationId)).toEqual(record);
  });
});
