import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTimerTask } from '../handlers/timer.ts';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { bearer, handClock, json, tokenIn } from '../testing/care.ts';

/**
 * One group session of sixty, through the API on dynalite, as a moderator runs it: sixty
 * registered (the 61st refused), all sixty arriving at once, admitted with one request, four
 * breakout rooms of fifteen, one person moved, the rooms' timer bringing everyone back, rooms
 * opened again and closed by hand, and the session's set end (here 15 minutes) ending it.
 */

const minute = 60_000;
const time = handClock('2026-10-05T09:00:00.000Z');
const host = staffClaims(['clinician'], 'staff-test-1');
const size = 60;

let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;

beforeAll(async () => {
  api = await startTestApi('group-session', time.clock);
  timerTask = createTimerTask(api.deps);
});
afterAll(() => api.close());

interface Person {
  id: string;
  state: string;
  staffId?: string;
  room?: string;
  admittedAt?: string;
}
interface View {
  id: string;
  status: string;
  participants: Person[];
  breakout?: { rooms: { id: string; name: string }[]; closesAt?: string };
}

const view = async (id: string) => json(await api.call(operations.getConsultation, { claims: host, pathParameters: { id } })) as unknown as View;
const guestsOf = (consultation: View) => consultation.participants.filter((p) => !p.staffId);
const roomsOf = (consultation: View) => {
  const counts: Record<string, number> = {};
  for (const p of guestsOf(consultation)) counts[p.room ?? 'main'] = (counts[p.room ?? 'main'] ?? 0) + 1;
  return counts;
};
/** Runs every timer started for this consultation that is due now, as the timer machine would. */
const fireDue = async (consultationId: string, kind: string) => {
  const due = api.outside.timers.filter((t) => t.kind === kind && t.id.startsWith(consultationId) && Date.parse(t.dueAt) <= time.clock.now().getTime());
  for (const timer of due) await timerTask({ ...timer });
  return due.length;
};

test('sixty registered and admitted at once, four breakout rooms of fifteen, the timers bring them back and end the session', async () => {
  const created = await api.call(operations.createConsultation, {
    claims: host,
    json: { type: 'group-consultation', title: 'Pain school', startsAt: new Date(time.clock.now().getTime() + 10 * minute).toISOString(), durationMinutes: 15 },
  });
  expect(created.status, created.text).toBe(201);
  const id = (json(created).consultation as View).id;

  // Sixty registered in one burst; the sixty-first is refused and leaves nothing behind.
  const emails = Array.from({ length: size }, (_, i) => `person${i}@example.org`);
  const registered = await Promise.all(
    emails.map((email, i) => api.call(operations.register, { claims: host, pathParameters: { id }, json: { email, displayName: `Person ${i}` } })),
  );
  expect(registered.map((r) => r.status)).toEqual(emails.map(() => 201));
  const extra = await api.call(operations.register, { claims: host, pathParameters: { id }, json: { email: 'late@example.org', displayName: 'Late Comer' } });
  expect(extra.status).toBe(409);
  expect(json(extra)).toMatchObject({ error: 'participant-limit' });
  expect(guestsOf(await view(id))).toHaveLength(size);

  // All sixty open their links, give their names and wait, at once.
  const sessions = await Promise.all(
    emails.map(async (email, i) => {
      const token = tokenIn(api.outside.messages.find((m) => m.to === email)!.body, 'join')!;
      expect((await api.call(operations.join, { json: { token } })).status).toBe(200);
      const verified = await api.call(operations.verify, { json: { token, displayName: `Person ${i}` } });
      expect(verified.status, verified.text).toBe(200);
      return { participantId: json(verified).participantId as string, session: json(verified).session as string };
    }),
  );
  const sessionOf = (participantId: string) => sessions.find((s) => s.participantId === participantId)!.session;
  expect(guestsOf(await view(id)).every((p) => p.state === 'waiting')).toBe(true);

  // Admit all, with one request.
  const admitted = await api.call(operations.admit, { claims: host, pathParameters: { id }, json: { all: true } });
  expect(admitted.status, admitted.text).toBe(200);
  expect(json(admitted).admitted).toHaveLength(size);
  const inCall = await view(id);
  expect(guestsOf(inCall).every((p) => p.state === 'admitted' && p.admittedAt)).toBe(true);

  // Four breakout rooms of fifteen for five minutes.
  const ids = guestsOf(inCall).map((p) => p.id);
  const rooms = [0, 1, 2, 3].map((r) => ({ name: `Table ${r + 1}`, participantIds: ids.slice(r * 15, r * 15 + 15) }));
  const opened = await api.call(operations.openBreakoutRooms, { claims: host, pathParameters: { id }, json: { rooms, minutes: 5 } });
  expect(opened.status, opened.text).toBe(201);
  expect(roomsOf(await view(id))).toEqual({ 'breakout-1': 15, 'breakout-2': 15, 'breakout-3': 15, 'breakout-4': 15 });

  // One person moved from the first room to the last; they see themselves there.
  const moved = await api.call(operations.moveToBreakoutRoom, { claims: host, pathParameters: { id, roomId: 'breakout-4' }, json: { participantId: ids[0] } });
  expect(moved.status, moved.text).toBe(200);
  expect(roomsOf(await view(id))).toEqual({ 'breakout-1': 14, 'breakout-2': 15, 'breakout-3': 15, 'breakout-4': 16 });
  const own = json(await api.call(operations.session, bearer(sessionOf(ids[0]!))));
  expect(own.participant).toMatchObject({ room: 'breakout-4' });

  // Not yet due: nothing happens. Due: everyone is back in the main room.
  time.advance(4 * minute);
  await fireDue(id, 'breakout-end');
  expect((await view(id)).breakout).toBeDefined();
  time.advance(minute);
  expect(await fireDue(id, 'breakout-end')).toBe(1);
  const back = await view(id);
  expect(back.breakout).toBeUndefined();
  expect(roomsOf(back)).toEqual({ main: size });

  // Rooms again, without a time, closed by the moderator.
  expect((await api.call(operations.openBreakoutRooms, { claims: host, pathParameters: { id }, json: { rooms } })).status).toBe(201);
  const closed = await api.call(operations.closeBreakoutRooms, { claims: host, pathParameters: { id } });
  expect(closed.status, closed.text).toBe(200);
  expect(roomsOf(await view(id))).toEqual({ main: size });

  // The session's set end (15 minutes after its start) ends it for everyone, rooms open or not.
  expect((await api.call(operations.openBreakoutRooms, { claims: host, pathParameters: { id }, json: { rooms } })).status).toBe(201);
  time.set(new Date(Date.parse('2026-10-05T09:25:00.000Z')));
  expect(await fireDue(id, 'session-end')).toBe(1);
  const ended = await view(id);
  expect(ended.status).toBe('ended');
  expect(ended.breakout).toBeUndefined();
  expect((await api.call(operations.media, { ...bearer(sessionOf(ids[1]!)), pathParameters: { id } })).status).toBeGreaterThanOrEqual(400);
}, 120_000);
