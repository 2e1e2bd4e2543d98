import { type Operation, operations } from '@clinicall/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EventOptions, staffClaims, startTestApi, type TestApi, testStaff } from '../testing/api.ts';
import { bearer, json } from '../testing/care.ts';

/**
 * Who may call each meeting-room route: an administrator, a member of the room, a member of
 * other rooms, a clinician, a participant (a session from a link) and nobody. Then the routes
 * fuzzed against a real room: a refusal leaves the room, the outbox and the timers as they were.
 */

let api: TestApi;
const claims = Object.fromEntries(testStaff.map((s) => [s.id, { ...staffClaims(s.groups, s.id), name: s.name }]));
let participantSession = '';

beforeAll(async () => {
  api = await startTestApi('meeting-room-authorization');
  const room = await newRoom();
  const url = json(await api.call(operations.meetingRoomGuestLink, { claims: claims['staff-member-1'], pathParameters: { id: room } })).url as string;
  participantSession = json(await api.call(operations.verify, { json: { token: url.split('#')[1], displayName: 'Pat Guest' } })).session as string;
});
afterAll(() => api.close());

const newRoom = async (): Promise<string> => {
  const created = await api.call(operations.createMeetingRoom, { claims: claims['staff-admin-1'], json: { name: 'Matrix', memberIds: ['staff-member-1'] } });
  return (json(created).room as { id: string }).id;
};

type Who = 'admin' | 'member' | 'otherMember' | 'clinician' | 'participant' | 'nobody';
const who: Record<Who, () => EventOptions> = {
  admin: () => ({ claims: claims['staff-admin-1'] }),
  member: () => ({ claims: claims['staff-member-1'] }),
  otherMember: () => ({ claims: claims['staff-member-2'] }),
  clinician: () => ({ claims: claims['staff-test-1'] }),
  participant: () => bearer(participantSession),
  nobody: () => ({}),
};

const staff = (admin: number, member: number, otherMember: number) =>
  ({ admin, member, otherMember, clinician: 403, participant: 401, nobody: 401 }) as const;

interface Case {
  readonly op: Operation;
  readonly request: (roomId: string) => EventOptions;
  readonly expect: Record<Who, number>;
}

const room = (id: string) => ({ pathParameters: { id } });
const cases: Case[] = [
  { op: operations.listStaff, request: () => ({ query: { group: 'meeting-room-member' } }), expect: staff(200, 403, 403) },
  { op: operations.listMeetingRooms, request: () => ({}), expect: staff(200, 200, 200) },
  { op: operations.createMeetingRoom, request: () => ({ json: { name: 'New', memberIds: [] } }), expect: staff(201, 403, 403) },
  { op: operations.updateMeetingRoom, request: (id) => ({ ...room(id), json: { name: 'Renamed' } }), expect: staff(200, 403, 403) },
  { op: operations.deleteMeetingRoom, request: room, expect: staff(200, 403, 403) },
  { op: operations.enterMeetingRoom, request: room, expect: staff(403, 200, 403) },
  { op: operations.meetingRoomGuestLink, request: room, expect: staff(200, 200, 403) },
  { op: operations.sendMeetingRoomLink, request: (id) => ({ ...room(id), json: { email: 'guest@example.org' } }), expect: staff(201, 201, 403) },
  { op: operations.resetMeetingRoomLink, request: room, expect: staff(200, 403, 403) },
  { op: operations.meetingRoomLog, request: room, expect: staff(200, 403, 403) },
];

const order: Who[] = ['nobody', 'participant', 'clinician', 'otherMember', 'member', 'admin'];

describe('authorization matrix of the meeting-room routes', () => {
  test('covers every meeting-room route of the route table', async () => {
    const { routes } = await import('../routes.ts');
    const added = routes.filter((r) => r.file === 'meeting-rooms').map((r) => r.operation.id);
    expect(added.sort()).toEqual(cases.map((c) => c.op.id).sort());
  });

  for (const c of cases) {
    test(`${c.op.method} ${c.op.path} (${c.op.id})`, async () => {
      const answers: Partial<Record<Who, number>> = {};
      // Refusals first, each success on a room of its own (a deletion would hide the others' answers).
      for (const caller of [...order].sort((a, b) => Number(c.expect[a] < 400) - Number(c.expect[b] < 400))) {
        const response = await api.call(c.op, { ...c.request(await newRoom()), ...who[caller]() });
        answers[caller] = response.status;
        if (response.status >= 400) expect(typeof json(response).error, response.text).toBe('string');
      }
      expect(answers).toEqual(c.expect);
    });
  }
});

describe('the meeting-room routes, fuzzed against a real room', () => {
  const ops = cases.map((c) => c.op);
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }));
  const body = fc.oneof(
    fc.constant(undefined),
    fc.record({ name: fc.oneof(fc.constantFrom('Huddle', '', ' ', 'x'.repeat(81)), text), memberIds: fc.oneof(fc.constant(['staff-member-1']), fc.array(text, { maxLength: 3 })) }, { requiredKeys: [] }),
    fc.record({ mobile: fc.oneof(fc.constantFrom('07700 900123', '+46 70 123 45 67'), text), email: fc.oneof(fc.constant('a@example.org'), text) }, { requiredKeys: [] }),
    fc.anything(),
  );

  test('answers its success or a 4xx; a refusal changes nothing', async () => {
    const roomId = await newRoom();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.constantFrom<Who>('admin', 'member', 'otherMember', 'clinician', 'participant', 'nobody'),
        fc.oneof(fc.constant(roomId), fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text),
        body,
        async (op, caller, id, json) => {
          const before = { room: await api.deps.store.meetingRooms.get(roomId), messages: api.outside.messages.length, timers: api.outside.timers.length };
          const response = await api.call(op, { pathParameters: { id }, ...(json !== undefined && { json }), ...who[caller]() });
          const { status } = response;
          expect(status === op.status || (status >= 400 && status < 500), `${op.id}: ${status} ${response.text}`).toBe(true);
          if (status < 400) {
            expect(op.response.safeParse(response.json).success, response.text).toBe(true);
            return;
          }
          expect(await api.deps.store.meetingRooms.get(roomId)).toEqual(before.room);
          expect(api.outside.messages.length).toBe(before.messages);
          expect(api.outside.timers.length).toBe(before.timers);
        },
      ),
      { numRuns: 150, seed: 20_261_202 },
    );
  });
});
