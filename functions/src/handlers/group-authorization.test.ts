import { type Operation, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { bearer, handClock, json, tokenIn } from '../testing/care.ts';

/**
 * Who may call each route of group consultations: its host, its co-moderator, another clinician,
 * an administrator, someone in the session (a session from their link), someone of another
 * consultation, and nobody. Other staff are told nothing exists (404), as for any consultation.
 */

const time = handClock('2026-10-01T09:00:00.000Z');
let api: TestApi;
const hostClaims = staffClaims(['clinician'], 'staff-test-1');
const coHostClaims = staffClaims(['clinician'], 'staff-member-2');
const otherClaims = staffClaims(['clinician'], 'staff-group-other');
const adminClaims = staffClaims(['admin'], 'staff-admin-1');
let outsiderSession = '';

beforeAll(async () => {
  api = await startTestApi('group-authorization', time.clock);
  await api.call(operations.consultNow, { claims: hostClaims, json: { mobile: '07700 900998' } });
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  outsiderSession = json(await api.call(operations.verify, { json: { token, displayName: 'Oz Outsider' } })).session as string;
});
afterAll(() => api.close());

interface Fixture {
  id: string;
  participantId: string;
  session: string;
}

type Who = 'host' | 'coHost' | 'other' | 'admin' | 'participant' | 'outsider' | 'nobody';

let current: Fixture;
const who: Record<Who, () => EventOptions> = {
  host: () => ({ claims: hostClaims }),
  coHost: () => ({ claims: coHostClaims }),
  other: () => ({ claims: otherClaims }),
  admin: () => ({ claims: adminClaims }),
  participant: () => bearer(current.session),
  outsider: () => bearer(outsiderSession),
  nobody: () => ({}),
};

/** A session starting in ten minutes with a co-moderator and one person registered, arrived and let in. */
const fixture = async (): Promise<Fixture> => {
  time.set('2026-10-01T09:00:00.000Z');
  const created = await api.call(operations.createConsultation, {
    claims: hostClaims,
    json: { type: 'group-consultation', title: 'Matrix', startsAt: '2026-10-01T09:10:00.000Z', durationMinutes: 30, coHostIds: ['staff-member-2'] },
  });
  const id = (json(created).consultation as { id: string }).id;
  const registered = await api.call(operations.register, {
    claims: hostClaims,
    pathParameters: { id },
    json: { email: `matrix-${id}@example.org`, displayName: 'Mat Rix' },
  });
  const participantId = (json(registered).link as { participantId: string }).participantId;
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  const session = json(await api.call(operations.verify, { json: { token, displayName: 'Mat Rix' } })).session as string;
  await api.call(operations.admit, { claims: hostClaims, pathParameters: { id }, json: { participantId } });
  return { id, participantId, session };
};

interface Case {
  readonly op: Operation;
  readonly request: (f: Fixture) => EventOptions;
  readonly expect: Record<Who, number>;
}

const staff = (host: number, coHost: number, other: number) =>
  ({ host, coHost, other, admin: 403, participant: 401, outsider: 401, nobody: 401 }) as const;

const cases: Case[] = [
  {
    op: operations.createConsultation,
    request: () => ({ json: { type: 'group-consultation', title: 'Another', startsAt: '2026-10-02T09:00:00.000Z', durationMinutes: 60 } }),
    expect: staff(201, 201, 201),
  },
  {
    op: operations.register,
    request: (f) => ({ pathParameters: { id: f.id }, json: { mobile: '07700 900321', displayName: 'Reg Istered' } }),
    expect: staff(201, 201, 404),
  },
  {
    op: operations.withdrawRegistration,
    request: (f) => ({ pathParameters: { id: f.id, participantId: f.participantId } }),
    expect: staff(200, 200, 404),
  },
  // The host's alone: a co-moderator sees the session but may not add or hand over.
  { op: operations.addCoHost, request: (f) => ({ pathParameters: { id: f.id }, json: { staffId: 'staff-member-2' } }), expect: staff(200, 403, 404) },
  { op: operations.handOver, request: (f) => ({ pathParameters: { id: f.id }, json: { staffId: 'staff-member-2' } }), expect: staff(200, 403, 404) },
  { op: operations.broadcast, request: (f) => ({ pathParameters: { id: f.id }, json: { message: 'Hello all' } }), expect: staff(200, 200, 404) },
  {
    op: operations.raiseHand,
    request: () => ({ json: { raised: true } }),
    // Someone in another (not a group) consultation has no hand to raise.
    expect: { host: 401, coHost: 401, other: 401, admin: 401, participant: 200, outsider: 403, nobody: 401 },
  },
];

const order: Who[] = ['nobody', 'outsider', 'participant', 'admin', 'other', 'coHost', 'host'];

describe('authorization matrix of the group consultation routes', () => {
  test('covers every route of the group consultation handler', async () => {
    const { routes } = await import('../routes.ts');
    const covered = new Set(cases.map((c) => c.op.id));
    expect(routes.filter((r) => r.file === 'groups').map((r) => r.operation.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of cases) {
    test(`${c.op.method} ${c.op.path} (${c.op.id})`, async () => {
      current = await fixture();
      const answers: Partial<Record<Who, number>> = {};
      // Refusals first, so that a success (which may change the record) comes last.
      for (const caller of [...order].sort((a, b) => Number(c.expect[a] < 400) - Number(c.expect[b] < 400))) {
        const response = await api.call(c.op, { ...c.request(current), ...who[caller]() });
        answers[caller] = response.status;
        if (response.status >= 400) expect(typeof json(response).error, response.text).toBe('string');
      }
      expect(answers).toEqual(c.expect);
    });
  }
});
