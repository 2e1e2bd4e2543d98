import { errorStatus, type Operation, operations, type StaffGroup } from '@clinicall/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from './http/route.ts';
import { handlerEntry, routes } from './routes.ts';
import { newPortalUrl } from '#use-cases/portal-session';
import { type Claims, type EventOptions, type Response, staffClaims, startTestApi, type TestApi } from './testing/api.ts';
import { portalSession, tokenIn } from './testing/care.ts';

/**
 * Fuzzing every route of the table with whatever a caller might send: the API answers its
 * success status or a 4xx `{error, message}`, never a 5xx; a success matches the contract; and a
 * refused request adds no patient, sends no message and starts no timer (nor, below, changes the
 * consultation it was about). FUZZ_SEED and FUZZ_RUNS explore further than the default run.
 */

const numRuns = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20_251_121);

let api: TestApi;
const patientCount = async () => (await api.deps.store.patients.list(100_000)).patients.length;
/** The patient count after the last request, so each request needs one count, not two. */
let patientsBefore = 0;
/** The one patient on record at the start, born 1980-04-12. */
let alexId = '';

beforeAll(async () => {
  api = await startTestApi('fuzz-test');
  const alex = await api.call(routes.find((r) => r.operation.id === 'createPatient')!.operation, {
    claims: staffClaims(['clinician']),
    json: { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', mobile: '07700 900123' },
  });
  alexId = (alex.json as { id: string }).id;
  patientsBefore = await patientCount();
  expect(patientsBefore).toBe(1);
});

afterAll(async () => {
  await api.close();
});

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

const ids = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), text);

const request = (op: Operation): fc.Arbitrary<EventOptions> => {
  const pathNames = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return fc.record({
    claims,
    body: bodies,
    contentType: contentTypes,
    query: parameters(['query', 'cursor', 'status', 'actor', 'patient', 'consultation', 'from', 'to', 'limit', 'next']),
    // The parameters the path names (as API Gateway would pass them), or anything at all.
    pathParameters: fc.oneof(
      fc.record(Object.fromEntries(pathNames.map((name) => [name, ids]))),
      parameters(['id', 'linkId']),
    ),
    headers: fc.option(fc.record({ authorization: fc.oneof(text, text.map((t) => `Bearer ${t}`)) }), { nil: undefined }),
    isBase64Encoded: fc.boolean(),
  }).map((options) => ({ ...options, pathParameters: pathNames.length > 0 ? options.pathParameters : undefined }));
};

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
  } else if (op.produces) {
    expect(response.headers['content-type'], op.id).toMatch(new RegExp(`^${op.produces}`));
    expect(op.response.safeParse(response.text).success, `${op.id} answered ${response.text}`).toBe(true);
  } else {
    const parsed = op.response.safeParse(response.json);
    expect(parsed.success, `${op.id} answered ${response.text}`).toBe(true);
  }
};

/** Calls the operation, checks the answer, and that a refusal left the store and the world as they were. */
const fuzz = async (op: Operation, options: EventOptions) => {
  const before = { patients: patientsBefore, messages: api.outside.messages.length, timers: api.outside.timers.length };
  const response = await api.call(op, options);
  checkAnswer(op, response);
  const created = op.id === 'createPatient' && response.status === op.status ? 1 : 0;
  patientsBefore = await patientCount();
  expect(patientsBefore, `${op.id} ${response.status}`).toBe(before.patients + created);
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

  it('exports, for every route, the Lambda handler the CDK app will name (file.name)', async () => {
    for (const route of routes) {
      const module = (await import(`./handlers/${route.file}.ts`)) as Record<string, unknown>;
      expect(typeof module[route.name], `${route.file}.${route.name}`).toBe('function');
    }
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

  it('answers CORS for the site alone on every route: the pinned origin, never *', async () => {
    const site = api.deps.settings.siteUrl;
    for (const { operation: op } of routes) {
      for (const origin of [site, 'https://elsewhere.example.com', undefined]) {
        const response = await api.call(op, { ...(origin && { headers: { origin } }) });
        expect(response.headers['access-control-allow-origin'], `${op.id} from ${origin}`).toBe(site);
      }
    }
  });

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

  it('audit and auditCsv: any filter or page marker from an administrator answers the trail or a 400, and changes no entry', async () => {
    const admin = staffClaims(['admin'], 'fuzz-admin');
    const first = (await api.call(byId('audit'), { claims: admin, query: { limit: '3' } })).json as { next?: string; entries: { id: string }[] };
    const before = (await api.deps.store.audit.query({}, 50)).entries;
    const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    const filter = fc.record(
      {
        actor: fc.oneof(ids, fc.constant('fuzz-admin')),
        patient: fc.oneof(ids, fc.constant(alexId)),
        consultation: ids,
        from: fc.oneof(instant, text),
        to: fc.oneof(instant, text),
        limit: fc.oneof(fc.integer({ min: -5, max: 300 }).map(String), text),
        next: fc.oneof(text, fc.base64String(), fc.constant(first.next ?? ''), fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/)),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(byId('audit'), byId('auditCsv')), filter, async (op, query) => {
        const response = await fuzz(op, { claims: admin, query });
        expect([200, 400], response.text).toContain(response.status);
      }),
      { numRuns, seed },
    );
    const after = (await api.deps.store.audit.query({}, 100_000)).entries;
    for (const entry of before) expect(after.find((e) => e.id === entry.id)).toEqual(entry);
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

/**
 * Deeper: a real Consult Now consultation per run, then a few requests against it by the host,
 * another clinician, a meeting-room member, nobody, or the participant once one got in; with
 * the real ids and token mixed with forged ones, and bodies near the expected shapes.
 */
describe('a real consultation, fuzzed', () => {
  const host = staffClaims(['clinician'], 'host-clinician');
  const callers = {
    host,
    other: staffClaims(['clinician', 'admin'], 'other-clinician'),
    member: staffClaims(['meeting-room-member'], 'member'),
    nobody: undefined,
  };
  type Who = keyof typeof callers | 'participant';

  const deepOps = [
    operations.getConsultation,
    operations.admit,
    operations.endConsultation,
    operations.media,
    operations.extendLink,
    operations.revokeLink,
    operations.resendLink,
    operations.join,
    operations.verify,
    operations.session,
    operations.feedback,
    operations.eventTicket,
    operations.listConsultations,
  ];

  interface Action {
    readonly op: Operation;
    readonly who: Who;
    readonly realIds: boolean;
    readonly realToken: boolean;
    readonly forgedId: string;
    readonly participant: 'guest' | 'host' | 'forged';
    readonly minutes: number;
    readonly result: string;
    readonly technicalProblems: boolean;
    readonly dateOfBirth: string;
    readonly displayName: string;
    readonly proof: 'dateOfBirth' | 'displayName' | 'both';
    readonly raw: string | undefined;
  }

  const action: fc.Arbitrary<Action> = fc.record({
    op: fc.constantFrom(...deepOps),
    who: fc.constantFrom<Who>('host', 'host', 'other', 'member', 'nobody', 'participant'),
    realIds: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    realToken: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    forgedId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    participant: fc.constantFrom('guest', 'guest', 'host', 'forged'),
    minutes: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constant(1.5)),
    result: fc.constantFrom('completed', 'unsuccessful', 'bogus'),
    technicalProblems: fc.boolean(),
    dateOfBirth: fc.constantFrom('1980-04-12', '1980-04-12', '1980-04-12', '1980-04-13', '12/04/1980'),
    displayName: names.map(String),
    proof: fc.constantFrom('dateOfBirth', 'displayName', 'both'),
    raw: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.oneof(fc.json(), text), weight: 1 }),
  });

  const tokenIn = (body: string) => /\/join#([A-Za-z0-9_-]+)/.exec(body)?.[1];

  it('answers 2xx or 4xx; a refusal leaves the consultation, the outbox and the timers as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.boolean(), fc.array(action, { minLength: 1, maxLength: 6 }), async (onRecord, entered, actions) => {
        // For a patient on record the link asks for the date of birth; otherwise for a name.
        const json = onRecord ? { patientId: alexId } : { mobile: '07700 900123', displayName: 'Pat' };
        const started = await api.call(operations.consultNow, { claims: host, json });
        expect(started.status, started.text).toBe(201);
        const { consultation, link } = started.json as {
          consultation: { id: string; participants: { id: string; role: string }[] };
          link: { id: string };
        };
        const state = {
          consultationId: consultation.id,
          linkId: link.id,
          token: tokenIn(api.outside.messages.at(-1)!.body)!,
          guestId: consultation.participants.find((p) => p.role === 'patient')!.id,
          hostId: consultation.participants.find((p) => p.role === 'clinician')!.id,
          session: undefined as string | undefined,
        };
        expect(state.token).toBeDefined();
        if (entered) {
          // The patient is already in the waiting room, so the participant's routes are reachable.
          const proof = onRecord ? { dateOfBirth: '1980-04-12' } : { displayName: 'Pat Guest' };
          const verified = await api.call(operations.verify, { json: { token: state.token, ...proof } });
          expect(verified.status, verified.text).toBe(200);
          state.session = (verified.json as { session: string }).session;
        }

        for (const a of actions) {
          const op = a.op;
          const id = a.realIds ? state.consultationId : a.forgedId;
          const linkId = a.realIds ? state.linkId : a.forgedId;
          const token = a.realToken ? state.token : `${a.forgedId}${a.forgedId}`.slice(0, 43).padEnd(22, 'x');
          const participantId = { guest: state.guestId, host: state.hostId, forged: a.forgedId }[a.participant];
          const bodies: Record<string, unknown> = {
            admit: { participantId },
            endConsultation: { result: a.result, technicalProblems: a.technicalProblems },
            extendLink: { minutes: a.minutes },
            join: { token },
            verify: {
              token,
              ...(a.proof !== 'displayName' && { dateOfBirth: a.dateOfBirth }),
              ...(a.proof !== 'dateOfBirth' && { displayName: a.displayName }),
            },
            feedback: { technicalProblems: a.technicalProblems },
          };
          const json = a.raw === undefined ? bodies[op.id] : undefined;
          const options: EventOptions = {
            ...(a.who === 'participant'
              ? { headers: { authorization: `Bearer ${state.session ?? `${a.forgedId}.${a.forgedId}`}` } }
              : { claims: callers[a.who] }),
            ...(op.path.includes('{id}') && { pathParameters: { id } }),
            ...(op.path.includes('{linkId}') && { pathParameters: { linkId } }),
            ...(json !== undefined ? { json } : a.raw !== undefined && { body: a.raw }),
          };

          const before = await api.deps.store.consultations.get(state.consultationId);
          const response = await fuzz(op, options);
          if (response.status >= 400) {
            const code = (response.json as { error: string }).error;
            // A wrong date of birth costs an attempt: the one refusal that is meant to change the record.
            if (!(op.id === 'verify' && (code === 'verification-failed' || code === 'link-locked'))) {
              expect(await api.deps.store.consultations.get(state.consultationId), `${op.id} ${response.text}`).toEqual(before);
            }
          } else {
            if (op.id === 'resendLink') {
              state.linkId = (response.json as { link: { id: string } }).link.id;
              state.token = tokenIn(api.outside.messages.at(-1)!.body)!;
            }
            if (op.id === 'verify' || op.id === 'join') {
              const session = (response.json as { session?: string }).session;
              if (session) state.session = session;
            }
          }
        }
      }),
      { numRuns: Math.ceil(numRuns / 3), seed },
    );
  });
});

/**
 * Deeper, for the portal: per run, an appointment proposed to the patient, a call ringing them
 * and a portal session; then requests by the patient, another patient, the clinician, another
 * clinician or nobody, with the real ids and token mixed with forged ones and bodies near the
 * expected shapes. A refusal leaves the appointment, the call, the outbox and the timers as they were.
 */
describe('a real portal, fuzzed', () => {
  const clinician = staffClaims(['clinician'], 'portal-fuzz-clinician');
  const otherClinician = staffClaims(['clinician'], 'portal-fuzz-other');
  type Who = 'patient' | 'otherPatient' | 'clinician' | 'otherClinician' | 'nobody' | 'forged';

  /** Days within the two years appointments are booked ahead, whenever the test runs. */
  const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const portalOps = [
    operations.portalSignIn,
    operations.portal,
    operations.portalEventTicket,
    operations.acceptAppointment,
    operations.rejectAppointment,
    operations.joinAppointment,
    operations.requestAppointment,
    operations.acknowledgeCall,
    operations.acceptCall,
    operations.rejectCall,
    operations.getAppointment,
    operations.cancelAppointment,
    operations.rescheduleAppointment,
    operations.getDirectCall,
    operations.cancelDirectCall,
    operations.revokePortalSessions,
    operations.portalSignOut,
  ];

  const portalAction = fc.record({
    op: fc.constantFrom(...portalOps),
    who: fc.constantFrom<Who>('patient', 'patient', 'patient', 'otherPatient', 'clinician', 'otherClinician', 'nobody', 'forged'),
    target: fc.constantFrom('appointment', 'call', 'forged'),
    forgedId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    dateOfBirth: fc.constantFrom('1980-04-12', '1980-04-12', '1980-04-13', '1980-13-01'),
    date: fc.oneof(dates, fc.constantFrom(daysAhead(45), '2030-02-30', '2026-03-29', '9999-12-31')),
    time: fc.constantFrom('09:00', '01:30', '24:00', '9:00'),
    reason: fc.option(names.map(String), { nil: undefined }),
    raw: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.oneof(fc.json(), text), weight: 1 }),
  });

  let bea = '';
  let beaSession = '';
  beforeAll(async () => {
    bea = (json(await api.call(operations.createPatient, { claims: clinician, json: { givenName: 'Bea', familyName: 'Other', dateOfBirth: '1970-02-02', email: 'bea@example.org' } })) as { id: string }).id;
    beaSession = await portalSession(api, bea, '1970-02-02');
    patientsBefore = await patientCount();
  });
  const json = (response: Response) => response.json as Record<string, unknown>;

  it('answers 2xx or 4xx; a refusal leaves the appointment, the call, the outbox and the timers as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(portalAction, { minLength: 1, maxLength: 6 }), async (actions) => {
        const proposed = await api.call(operations.proposeAppointment, {
          claims: clinician,
          json: { patientId: alexId, date: daysAhead(45), time: '09:00', durationMinutes: 30, extras: [{ role: 'interpreter', email: 'i@example.org' }] },
        });
        expect(proposed.status, proposed.text).toBe(201);
        const called = await api.call(operations.callPatient, { claims: clinician, pathParameters: { id: alexId } });
        expect(called.status, called.text).toBe(201);
        const state = {
          appointmentId: json(proposed).id as string,
          callId: json(called).id as string,
          token: tokenIn(await newPortalUrl(api.deps, alexId), 'portal')!,
          session: await portalSession(api, alexId, '1980-04-12'),
        };
        for (const a of actions) {
          const op = a.op;
          const id = { appointment: state.appointmentId, call: state.callId, forged: a.forgedId }[a.target];
          const pathId = op.path.startsWith('/api/patients/') ? (a.target === 'forged' ? a.forgedId : alexId) : id;
          const bodies: Record<string, unknown> = {
            portalSignIn: { token: a.target === 'forged' ? `${a.forgedId}xxxxxxxxxxxxxxxxxxxxxx` : state.token, dateOfBirth: a.dateOfBirth },
            rejectAppointment: { ...(a.reason && { reason: a.reason }) },
            cancelAppointment: { ...(a.reason && { reason: a.reason }) },
            rescheduleAppointment: { date: a.date, time: a.time },
            requestAppointment: { from: a.date, to: daysAhead(90), ...(a.target === 'call' && { missedCallId: state.callId }) },
          };
          const body = a.raw === undefined ? bodies[op.id] : undefined;
          const callers: Record<Who, EventOptions> = {
            patient: { headers: { authorization: `Bearer ${state.session}` } },
            otherPatient: { headers: { authorization: `Bearer ${beaSession}` } },
            clinician: { claims: clinician },
            otherClinician: { claims: otherClinician },
            nobody: {},
            forged: { headers: { authorization: `Bearer pp1.${alexId}.${a.forgedId}.${a.forgedId}` } },
          };
          const options: EventOptions = {
            ...callers[a.who],
            ...(op.path.includes('{id}') && { pathParameters: { id: pathId } }),
            ...(body !== undefined ? { json: body } : a.raw !== undefined && { body: a.raw }),
          };
          const before = {
            appointment: await api.deps.store.appointments.get(state.appointmentId),
            call: await api.deps.store.directCalls.get(state.callId),
          };
          const response = await fuzz(op, options);
          if (response.status >= 400) {
            expect(await api.deps.store.appointments.get(state.appointmentId), `${op.id} ${response.text}`).toEqual(before.appointment);
            expect(await api.deps.store.directCalls.get(state.callId), `${op.id} ${response.text}`).toEqual(before.call);
          } else if (op.id === 'portalSignIn') {
            state.session = json(response).session as string;
          }
        }
      }),
      { numRuns: Math.ceil(numRuns / 5), seed },
    );
  });
});

/**
 * Ids far past any id's shape (a DynamoDB key holds at most 2,048 bytes) in path parameters,
 * bearer tokens and bodies, and dates years away: every route refuses them with a 4xx before
 * they reach the store, and nothing changes.
 */
describe('oversized ids and far-off dates, on every route', () => {
  const huge = 'a'.repeat(3_000);
  const secret = 'S'.repeat(43);
  const clinician = staffClaims(['clinician', 'admin'], 'oversize-clinician');
  const idFields = ['patientId', 'participantId', 'missedCallId', 'consultationId'];
  const farDates: Record<string, unknown> = {
    proposeAppointment: { date: '9999-12-31', time: '09:00', durationMinutes: 30 },
    rescheduleAppointment: { date: '9999-12-31', time: '09:00' },
    requestAppointment: { from: '2027-01-02', to: '9999-12-31' },
  };
  let session = '';
  let appointmentId = '';
  const appointmentsOfAlex = async () => (await api.deps.store.appointments.ofPatient(alexId, 300)).appointments;

  beforeAll(async () => {
    session = await portalSession(api, alexId, '1980-04-12');
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const proposed = await api.call(operations.proposeAppointment, {
      claims: staffClaims(['clinician'], 'oversize-clinician'),
      json: { patientId: alexId, date: soon, time: '09:00', durationMinutes: 30 },
    });
    expect(proposed.status, proposed.text).toBe(201);
    appointmentId = (proposed.json as { id: string }).id;
  });

  const pathOf = (op: Operation, value: string) =>
    Object.fromEntries([...op.path.matchAll(/\{(\w+)\}/g)].map((match) => [match[1]!, value]));

  /** Calls, expects a 4xx, and that the patient's appointments are as they were. */
  const refused = async (op: Operation, options: EventOptions, why: string) => {
    const before = await appointmentsOfAlex();
    const response = await fuzz(op, options);
    expect(response.status >= 400 && response.status < 500, `${op.id} ${why}: ${response.status} ${response.text}`).toBe(true);
    expect(await appointmentsOfAlex(), `${op.id} ${why}`).toEqual(before);
  };

  for (const { operation: op } of routes) {
    const hasPath = op.path.includes('{');
    const caller: EventOptions = op.auth === 'patient' || op.auth === 'participant' ? { headers: { authorization: `Bearer ${session}` } } : { claims: clinician };

    it(`${op.id}: an oversized id in the path, a bearer token or the body is a 4xx`, async () => {
      if (hasPath) await refused(op, { ...caller, pathParameters: pathOf(op, huge) }, 'path');
      if (op.auth !== 'public' && op.auth !== 'staff') {
        for (const bearer of [`p1.${huge}.${'b'.repeat(22)}.${secret}`, `pp1.${huge}.${'b'.repeat(22)}.${secret}`, `pp1.${alexId}.${huge}.${secret}`]) {
          await refused(op, { headers: { authorization: `Bearer ${bearer}` }, ...(hasPath && { pathParameters: pathOf(op, appointmentId) }) }, 'bearer');
        }
      }
      if (op.body) {
        const body = Object.fromEntries(idFields.map((field) => [field, huge]));
        await refused(op, { ...caller, ...(hasPath && { pathParameters: pathOf(op, appointmentId) }), json: { ...body, token: huge } }, 'body');
      }
    });

    if (farDates[op.id]) {
      it(`${op.id}: a date years ahead is a 4xx`, async () => {
        const json = { ...(op.id === 'proposeAppointment' && { patientId: alexId }), ...(farDates[op.id] as object) };
        await refused(op, { ...caller, ...(hasPath && { pathParameters: pathOf(op, appointmentId) }), json }, 'far date');
      });
    }
  }
});

/**
 * Deeper, for group consultations: per run, a session starting in ten minutes with a
 * co-moderator and one person registered (arrived, and perhaps let in); then its operations by
 * the host, the co-moderator, another clinician, the person in it or nobody, with real ids mixed
 * with forged ones and bodies near the expected shapes. A refusal leaves the session, the outbox
 * and the timers as they were.
 */
describe('a real group session, fuzzed', () => {
  const callers = {
    host: staffClaims(['clinician'], 'staff-test-1'),
    coHost: staffClaims(['clinician'], 'staff-member-2'),
    other: staffClaims(['clinician'], 'group-fuzz-other'),
    nobody: undefined,
  };
  type Who = keyof typeof callers | 'participant';
  const groupOps = [
    operations.register,
    operations.withdrawRegistration,
    operations.addCoHost,
    operations.handOver,
    operations.broadcast,
    operations.raiseHand,
    operations.admit,
    operations.getConsultation,
    operations.endConsultation,
    operations.encounter,
  ];
  const groupAction = fc.record({
    op: fc.constantFrom(...groupOps),
    who: fc.constantFrom<Who>('host', 'host', 'coHost', 'other', 'nobody', 'participant'),
    realIds: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    forgedId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    staffId: fc.constantFrom('staff-member-2', 'staff-test-1', 'staff-member-1', 'staff-admin-1', 'nobody-known'),
    message: fc.oneof(names.map(String), fc.constant(' '), fc.constant('x'.repeat(281))),
    raised: fc.boolean(),
    patient: fc.boolean(),
    result: fc.constantFrom('completed', 'unsuccessful'),
    raw: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.oneof(fc.json(), text), weight: 1 }),
  });
  const json = (response: Response) => response.json as Record<string, unknown>;
  const joinToken = (body: string) => /\/join#([A-Za-z0-9_-]+)/.exec(body)?.[1];

  it('answers 2xx or 4xx; a refusal leaves the session, the outbox and the timers as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(groupAction, { minLength: 1, maxLength: 6 }), async (letIn, actions) => {
        const created = await api.call(operations.createConsultation, {
          claims: callers.host,
          json: {
            type: 'group-consultation',
            title: 'Fuzzed session',
            startsAt: new Date(Date.now() + 10 * 60_000).toISOString(),
            durationMinutes: 30,
            coHostIds: ['staff-member-2'],
          },
        });
        expect(created.status, created.text).toBe(201);
        const id = (json(created).consultation as { id: string }).id;
        const registered = await api.call(operations.register, {
          claims: callers.host,
          pathParameters: { id },
          json: { email: 'group-fuzz@example.org', displayName: 'Fuzz Person' },
        });
        expect(registered.status, registered.text).toBe(201);
        const participantId = (json(registered).link as { participantId: string }).participantId;
        const verified = await api.call(operations.verify, {
          json: { token: joinToken(api.outside.messages.at(-1)!.body)!, displayName: 'Fuzz Person' },
        });
        expect(verified.status, verified.text).toBe(200);
        const session = json(verified).session as string;
        if (letIn) await api.call(operations.admit, { claims: callers.host, pathParameters: { id }, json: { participantId } });

        for (const a of actions) {
          const op = a.op;
          const pathId = a.realIds ? id : a.forgedId;
          const bodies: Record<string, unknown> = {
            register: a.patient ? { patientId: alexId } : { mobile: '07700 900123', displayName: 'Reg Person' },
            addCoHost: { staffId: a.staffId },
            handOver: { staffId: a.staffId },
            broadcast: { message: a.message },
            raiseHand: { raised: a.raised },
            admit: { participantId: a.realIds ? participantId : a.forgedId },
            endConsultation: { result: a.result, technicalProblems: false },
          };
          const body = a.raw === undefined ? bodies[op.id] : undefined;
          const options: EventOptions = {
            ...(a.who === 'participant' ? { headers: { authorization: `Bearer ${session}` } } : { claims: callers[a.who] }),
            ...(op.path.includes('{participantId}')
              ? { pathParameters: { id: pathId, participantId: a.realIds ? participantId : a.forgedId } }
              : op.path.includes('{id}') && { pathParameters: { id: pathId } }),
            ...(body !== undefined ? { json: body } : a.raw !== undefined && { body: a.raw }),
          };
          const before = await api.deps.store.consultations.get(id);
          const response = await fuzz(op, options);
          if (response.status >= 400) {
            expect(await api.deps.store.consultations.get(id), `${op.id} ${response.text}`).toEqual(before);
          }
        }
      }),
      { numRuns: Math.ceil(numRuns / 5), seed },
    );
  });
});
