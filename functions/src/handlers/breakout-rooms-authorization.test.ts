import { type Operation, operations } from '@clinicall/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { bearer, json } from '../testing/care.ts';
import { openGroup } from '../testing/group.ts';

/**
 * Who may call each breakout-room route: the host of the group, another clinician (told there
 * is no such consultation), an administrator and a meeting-room member (not clinicians), a
 * participant of the group (a session from their link) and nobody. Then the routes fuzzed
 * against a real group in progress: a refusal leaves the consultation, the outbox and the timers
 * as they were, and a success answers the contract.
 */

let api: TestApi;
const host = staffClaims(['clinician'], 'breakout-matrix-host');
const claims = {
  host,
  other: staffClaims(['clinician'], 'breakout-matrix-other'),
  admin: staffClaims(['admin'], 'breakout-matrix-admin'),
  member: staffClaims(['meeting-room-member'], 'breakout-matrix-member'),
};

beforeAll(async () => {
  api = await startTestApi('breakout-rooms-authorization');
});
afterAll(() => api.close());

interface Group {
  readonly id: string;
  readonly people: string[];
  readonly session: string;
}

/** A group of three in the call, the first arrived through their link (their session is the participant's). */
const groupInCall = async (withRooms: boolean): Promise<Group> => {
  const { consultationId, members } = await openGroup(api.deps, host.sub as string, 3);
  const people = members.map((m) => m.participantId);
  const verified = await api.call(operations.verify, { json: { token: members[0]!.token, dateOfBirth: members[0]!.dateOfBirth } });
  expect(verified.status, verified.text).toBe(200);
  await api.deps.store.consultations.update(consultationId, (current) => ({
    ...current,
    participants: Object.fromEntries(Object.values(current.participants).map((p) => [p.id, p.state === 'invited' ? { ...p, state: 'waiting' as const } : p])),
  }));
  const admitted = await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { all: true } });
  expect(admitted.status, admitted.text).toBe(200);
  if (withRooms) {
    const opened = await api.call(operations.openBreakoutRooms, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { rooms: [{ name: 'A', participantIds: [people[0]] }, { name: 'B', participantIds: [people[1]] }] },
    });
    expect(opened.status, opened.text).toBe(201);
  }
  return { id: consultationId, people, session: json(verified).session as string };
};

type Who = keyof typeof claims | 'participant' | 'nobody';
const as = (caller: Who, group: Group): EventOptions =>
  caller === 'participant' ? bearer(group.session) : caller === 'nobody' ? {} : { claims: claims[caller] };

interface Case {
  readonly op: Operation;
  readonly rooms: boolean;
  readonly request: (group: Group) => EventOptions;
  readonly expect: Record<Who, number>;
}

const moderatorsOnly = (success: number) => ({ host: success, other: 404, admin: 403, member: 403, participant: 401, nobody: 401 }) as const;
const cases: Case[] = [
  {
    op: operations.openBreakoutRooms,
    rooms: false,
    request: (g) => ({ pathParameters: { id: g.id }, json: { rooms: [{ name: 'A', participantIds: g.people.slice(0, 2) }], minutes: 5 } }),
    expect: moderatorsOnly(201),
  },
  {
    op: operations.moveToBreakoutRoom,
    rooms: true,
    request: (g) => ({ pathParameters: { id: g.id, roomId: 'breakout-2' }, json: { participantId: g.people[0] } }),
    expect: moderatorsOnly(200),
  },
  { op: operations.closeBreakoutRooms, rooms: true, request: (g) => ({ pathParameters: { id: g.id } }), expect: moderatorsOnly(200) },
  {
    op: operations.extendBreakoutRooms,
    rooms: true,
    request: (g) => ({ pathParameters: { id: g.id }, json: { minutes: 5 } }),
    expect: moderatorsOnly(200),
  },
];

const order: Who[] = ['nobody', 'participant', 'member', 'admin', 'other', 'host'];

describe('authorization matrix of the breakout-room routes', () => {
  test('covers every breakout-room route of the route table', async () => {
    const { routes } = await import('../routes.ts');
    expect(routes.filter((r) => r.file === 'breakout-rooms').map((r) => r.operation.id).sort()).toEqual(cases.map((c) => c.op.id).sort());
  });

  for (const c of cases) {
    test(`${c.op.method} ${c.op.path} (${c.op.id})`, async () => {
      const group = await groupInCall(c.rooms);
      const answers: Partial<Record<Who, number>> = {};
      // Refusals first, on the same group: each leaves it as it was.
      for (const caller of order) {
        const before = await api.deps.store.consultations.get(group.id);
        const response = await api.call(c.op, { ...c.request(group), ...as(caller, group) });
        answers[caller] = response.status;
        if (response.status >= 400) {
          expect(typeof json(response).error, response.text).toBe('string');
          expect(await api.deps.store.consultations.get(group.id)).toEqual(before);
        }
      }
      expect(answers).toEqual(c.expect);
    });
  }
});

describe('the breakout-room routes, fuzzed against a real group in progress', () => {
  const ops = cases.map((c) => c.op);
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }));
  const ids = (group: Group) => fc.oneof(fc.constantFrom(...group.people), fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text);
  const body = (group: Group) =>
    fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          rooms: fc.oneof(
            fc.array(fc.record({ name: fc.oneof(fc.constantFrom('A', 'Table 2', '', ' ', 'x'.repeat(41)), text), participantIds: fc.array(ids(group), { maxLength: 4 }) }), { maxLength: 3 }),
            fc.anything(),
          ),
          minutes: fc.oneof(fc.integer({ min: -2, max: 130 }), fc.constant(1.5), text),
        },
        { requiredKeys: [] },
      ),
      fc.record({ participantId: ids(group) }, { requiredKeys: [] }),
      fc.record({ minutes: fc.oneof(fc.integer({ min: -2, max: 70 }), fc.constant(2.5)) }, { requiredKeys: [] }),
      fc.anything(),
    );

  test('answers its success or a 4xx; a refusal changes nothing', async () => {
    const group = await groupInCall(false);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.constantFrom<Who>('host', 'host', 'host', 'other', 'admin', 'participant', 'nobody'),
        fc.oneof({ arbitrary: fc.constant(group.id), weight: 5 }, { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), weight: 1 }),
        fc.constantFrom('main', 'breakout-1', 'breakout-2', 'breakout-3', 'breakout-100', 'lobby'),
        body(group),
        async (op, caller, id, roomId, sent) => {
          const before = {
            record: await api.deps.store.consultations.get(group.id),
            messages: api.outside.messages.length,
            timers: api.outside.timers.length,
          };
          const response = await api.call(op, {
            pathParameters: { id, ...(op.path.includes('{roomId}') && { roomId }) },
            ...(sent !== undefined && { json: sent }),
            ...as(caller, group),
          });
          const { status } = response;
          expect(status === op.status || (status >= 400 && status < 500), `${op.id}: ${status} ${response.text}`).toBe(true);
          if (status < 400) {
            expect(op.response.safeParse(response.json).success, response.text).toBe(true);
            return;
          }
          expect(await api.deps.store.consultations.get(group.id)).toEqual(before.record);
          expect(api.outside.messages.length).toBe(before.messages);
          expect(api.outside.timers.length).toBe(before.timers);
        },
      ),
      { numRuns: 150, seed: 20_261_203 },
    );
    // Whatever was asked, the rooms say who is where consistently: only open rooms are anyone's room.
    const record = (await api.deps.store.consultations.get(group.id))!;
    const open = new Set(record.breakout?.rooms.map((r) => r.id) ?? []);
    for (const p of Object.values(record.participants)) if (p.room !== undefined) expect(open.has(p.room), p.room).toBe(true);
  });
});
