import { errorStatus, type Operation, type StaffGroup } from '@clinicall/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from './http/route.ts';
import { handlerEntry, routes } from './routes.ts';
import { type Claims, type EventOptions, type Response, staffClaims, startTestApi, type TestApi } from './testing/api.ts';

/**
 * Fuzzing every route of the table with whatever a caller might send: the API answers 2xx or a
 * 4xx `{error, message}`, never a 5xx, and a refused request changes nothing in the store.
 */

const numRuns = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20_251_121);

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('fuzz-test');
  await api.call(routes.find((r) => r.operation.id === 'createPatient')!.operation, {
    claims: staffClaims(['clinician']),
    json: { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', mobile: '07700 900123' },
  });
});

afterAll(async () => {
  await api.close();
});

const patientCount = async () => (await api.deps.store.patients.list(100_000)).patients.length;

// --- what a caller may send -------------------------------------------------------------------

const groups = fc.subarray<StaffGroup>(['clinician', 'admin', 'meeting-room-member']);
const claimValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
const claims: fc.Arbitrary<Claims | undefined> = fc.oneof(
  fc.constant(undefined),
  groups.map((g) => staffClaims(g)),
  groups.map((g) => staffClaims(`[${g.join(' ')}]`)),
  fc.dictionary(fc.oneof(fc.constantFrom('sub', 'email', 'name', 'cognito:groups'), fc.string()), claimValue, {
    maxKeys: 5,
  }),
);

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
/** Mostly valid values, sometimes not: so that many requests get past validation to the store. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
const names = mostly(
  fc.oneof(
    fc.constantFrom('Alex', 'Zoë', "O'Brien", 'Mary Ann', 'José', 'Núñez-García', 'Ærø', '李', '!!'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  ),
  fc.oneof(fc.constantFrom('<b>', ' ', '', 'x'.repeat(101), 'a\u0000b'), text, fc.integer()),
);
const dates = mostly(
  fc
    .date({ min: new Date('1880-01-01'), max: new Date(), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.oneof(
    fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4}$/),
    text,
  ),
);
const mobiles = mostly(
  fc.oneof(
    fc.constantFrom('07700 900123', '+46 70 123 45 67', '+1 415 555 0100', '+683 4002', '+290 22001'),
    fc.stringMatching(/^07\d{3} ?\d{6}$/),
  ),
  fc.oneof(fc.stringMatching(/^\+?[\d ()-]{0,40}$/), text),
);
const emails = mostly(fc.constantFrom('alex@example.org', 'a.b+c@sub.example.co.uk'), fc.oneof(fc.emailAddress(), text));
/** Bodies near a valid new patient, so the fuzzing reaches past validation into the store. */
const patientLike = fc
  .record({
    givenName: names,
    familyName: names,
    dateOfBirth: dates,
    mobile: fc.option(mobiles, { nil: undefined }),
    email: fc.option(emails, { nil: undefined }),
    extra: fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.anything(), weight: 1 }),
  })
  .map((body) => Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
const oversized = fc
  .record({ size: fc.integer({ min: maxBodyBytes + 1, max: 4 * maxBodyBytes }), char: fc.constantFrom('a', 'é', '😀', ' ') })
  .map(({ size, char }) => JSON.stringify({ givenName: char.repeat(Math.ceil(size / Buffer.byteLength(char))) }));

const bodies: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.anything().map((value) => JSON.stringify(value) as string | undefined),
  fc.json(),
  text,
  patientLike.map((value) => JSON.stringify(value)),
  oversized,
);
const contentTypes = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  '',
);
const parameters = (known: string[]) =>
  fc.option(fc.dictionary(fc.oneof(fc.constantFrom(...known), fc.string()), text, { maxKeys: 3 }), { nil: undefined });

const request = (op: Operation): fc.Arbitrary<EventOptions> =>
  fc.record({
    claims,
    body: bodies,
    contentType: contentTypes,
    query: parameters(['query', 'cursor', 'status']),
    pathParameters: fc.oneof(
      parameters(['id', 'linkId']),
      fc.record({ id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text) }),
    ),
    headers: fc.option(fc.record({ authorization: fc.oneof(text, text.map((t) => `Bearer ${t}`)) }), { nil: undefined }),
    isBase64Encoded: fc.boolean(),
  }).map((options) => ({ ...options, pathParameters: op.path.includes('{') ? options.pathParameters : undefined }));

// --- what the API must answer -----------------------------------------------------------------

const checkAnswer = (op: Operation, response: Response) => {
  const { status } = response;
  expect(status === op.status || (status >= 400 && status < 500), `${op.id}: ${status} ${response.text}`).toBe(true);
  if (status >= 400) {
    expect(response.headers['content-type'], response.text).toMatch(/^application\/json/);
    const body = response.json as { error?: unknown; message?: unknown } | undefined;
    expect(typeof body?.error, response.text).toBe('string');
    expect(typeof body?.message, response.text).toBe('string');
    expect(errorStatus[body!.error as keyof typeof errorStatus], response.text).toBe(status);
  } else {
    const parsed = op.response.safeParse(response.json);
    expect(parsed.success, `${op.id} answered ${response.text}`).toBe(true);
  }
};

/** Calls the operation, checks the answer, and that a refusal left the store and the world as they were. */
const fuzz = async (op: Operation, options: EventOptions) => {
  const before = { patients: await patientCount(), messages: api.outside.messages.length, timers: api.outside.timers.length };
  const response = await api.call(op, options);
  checkAnswer(op, response);
  const created = op.id === 'createPatient' && response.status === op.status ? 1 : 0;
  expect(await patientCount(), `${op.id} ${response.status}`).toBe(before.patients + created);
  if (response.status >= 400) {
    expect(api.outside.messages.length, `${op.id} refused but sent a message`).toBe(before.messages);
    expect(api.outside.timers.length, `${op.id} refused but started a timer`).toBe(before.timers);
  }
  return response;
};

describe('every route, fuzzed', () => {
  it('covers the whole route table with handlers', () => {
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(handlerEntry(route)).toMatch(new RegExp(`/handlers/${route.file}\\.ts$`));
  });

  for (const route of routes) {
    const op = route.operation;
    it(`${op.method} ${op.path} (${op.id}) never fails on arbitrary requests`, async () => {
      await fc.assert(
        fc.asyncProperty(request(op), async (options) => {
          await fuzz(op, options);
        }),
        { numRuns, seed },
      );
    });
  }

  const byId = (id: string) => routes.find((r) => r.operation.id === id)!.operation;

  it('createPatient: near-valid bodies from a clinician are stored or refused, nothing in between', async () => {
    const op = byId('createPatient');
    await fc.assert(
      fc.asyncProperty(patientLike, async (body) => {
        const response = await fuzz(op, { claims: staffClaims(['clinician']), json: body });
        if (response.status === 201) {
          const { id } = response.json as { id: string };
          const read = await api.call(byId('getPatient'), { claims: staffClaims(['admin']), pathParameters: { id } });
          expect(read.status, read.text).toBe(200);
          expect(read.json).toEqual(response.json);
        }
      }),
      { numRuns, seed },
    );
  });

  it('searchPatients: any query or cursor from a clinician answers a list or a 400', async () => {
    const op = byId('searchPatients');
    const query = fc.oneof(names, dates, mobiles, text, fc.string({ maxLength: 3 })).map(String);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          query.map((q) => ({ query: q })),
          fc.oneof(text, fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/)).map((cursor) => ({ cursor })),
        ),
        async (parameters) => {
          const response = await fuzz(op, { claims: staffClaims(['clinician']), query: parameters });
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns, seed },
    );
  });

  it('searchPatients: every page of the directory listing is valid and its cursor works', async () => {
    const op = byId('searchPatients');
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await fuzz(op, { claims: staffClaims(['clinician']), ...(cursor && { query: { cursor } }) });
      expect(response.status, response.text).toBe(200);
      cursor = (response.json as { next?: string }).next;
      pages++;
    } while (cursor && pages < 100);
    expect(cursor).toBeUndefined();
  });
});
