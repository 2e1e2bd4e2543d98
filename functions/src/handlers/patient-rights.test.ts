import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { operations, type PatientExport } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableNames } from '#adapters/dynamodb/tables';
import { type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, json, portalSession, tokenIn } from '../testing/care.ts';

/**
 * A patient's rights: everything held about them exported as JSON, and erasure. Who may do
 * each (the matrix), what the export holds, erasure refused while a consultation is open, and
 * an erasure that leaves nothing of the patient in any table, finished by a retry if cut short.
 */

let api: TestApi;
const clinician = staffClaims(['clinician'], 'rights-clinician');
const admin = staffClaims(['admin'], 'rights-admin');
const member = staffClaims(['meeting-room-member'], 'rights-member');
let patientSession = '';
let participantSession = '';

beforeAll(async () => {
  api = await startTestApi('patient-rights');
  const someone = await addPatient(api, clinician, { givenName: 'Pia', familyName: 'Portal', dateOfBirth: '1990-01-01', email: 'pia@example.org' });
  patientSession = await portalSession(api, someone, '1990-01-01');
  await api.call(operations.consultNow, { claims: clinician, json: { mobile: '07700 900999' } });
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  participantSession = json(await api.call(operations.verify, { json: { token, displayName: 'Pat Guest' } })).session as string;
});
afterAll(() => api.close());

/** Each test's patient is told apart from the others' by name, date of birth, number and address. */
let erins = 0;
const nextErin = () => {
  erins++;
  return {
    givenName: `Erin${'i'.repeat(erins)}`,
    familyName: `Eraseme${'e'.repeat(erins)}`,
    dateOfBirth: `1975-05-0${erins}`,
    mobile: `07700 90077${erins}`,
    email: `erin${erins}@example.org`,
  };
};
type Erin = ReturnType<typeof nextErin>;
const tracesOf = (id: string, erin: Erin) => [id, `"${erin.givenName}`, erin.familyName, erin.dateOfBirth, erin.mobile.replace(/^0| /g, ''), erin.email];

/**
 * Every item of every table, as text. The audit trail is read apart: it keeps the fact of what was
 * done to a patient's record, by pseudonymous ids, after the record itself is gone.
 */
const everyItem = async (tables = recordTables()): Promise<string[]> => {
  const items: string[] = [];
  for (const table of tables) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await api.dynamo.db.send(new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []).map((item) => JSON.stringify(item)));
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return items;
};
const recordTables = () => Object.entries(tableNames(api.dynamo.tablePrefix)).filter(([kind]) => kind !== 'audit').map(([, name]) => name);
const auditTable = () => [tableNames(api.dynamo.tablePrefix).audit];
const holding = async (traces: readonly string[]) => (await everyItem()).filter((item) => traces.some((t) => item.includes(t)));

/** A patient with a history: a Consult Now they joined and that ended, a missed call, an appointment proposed, a portal device. */
const patientWithHistory = async () => {
  const erin = nextErin();
  const id = await addPatient(api, clinician, erin);
  const sent = await api.call(operations.consultNow, { claims: clinician, json: { patientId: id } });
  const consultation = (json(sent).consultation as { id: string }).id;
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  const verified = json(await api.call(operations.verify, { json: { token, dateOfBirth: erin.dateOfBirth } }));
  await api.call(operations.admit, { claims: clinician, pathParameters: { id: consultation }, json: { participantId: verified.participantId } });
  const call = json(await api.call(operations.callPatient, { claims: clinician, pathParameters: { id } })).id as string;
  await api.call(operations.cancelDirectCall, { claims: clinician, pathParameters: { id: call } });
  const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const proposed = await api.call(operations.proposeAppointment, {
    claims: clinician,
    json: { patientId: id, date: soon, time: '09:00', durationMinutes: 30, extras: [{ role: 'interpreter', email: 'tolk@example.org' }] },
  });
  expect(proposed.status, proposed.text).toBe(201);
  await portalSession(api, id, erin.dateOfBirth);
  // A group session they are registered for, with someone else.
  const created = await api.call(operations.createConsultation, {
    claims: clinician,
    json: { type: 'group-consultation', title: 'Back care', startsAt: new Date(Date.now() + 3_600_000).toISOString(), durationMinutes: 60 },
  });
  expect(created.status, created.text).toBe(201);
  const group = (json(created).consultation as { id: string }).id;
  for (const registration of [{ patientId: id }, { email: 'greta@example.org', displayName: 'Greta Groupmate' }]) {
    const registered = await api.call(operations.register, { claims: clinician, pathParameters: { id: group }, json: registration });
    expect(registered.status, registered.text).toBe(201);
  }
  const end = async () => {
    for (const ended of [consultation, group]) {
      const answer = await api.call(operations.endConsultation, { claims: clinician, pathParameters: { id: ended }, json: { result: 'completed', technicalProblems: false } });
      expect(answer.status, answer.text).toBe(200);
    }
  };
  return { id, erin, consultation, group, call, appointment: json(proposed).id as string, end };
};

describe('authorization matrix of the patient-rights routes', () => {
  type Who = 'clinician' | 'admin' | 'member' | 'patient' | 'participant' | 'nobody';
  const who: Record<Who, () => EventOptions> = {
    clinician: () => ({ claims: clinician }),
    admin: () => ({ claims: admin }),
    member: () => ({ claims: member }),
    patient: () => bearer(patientSession),
    participant: () => bearer(participantSession),
    nobody: () => ({}),
  };
  const notStaff = { patient: 401, participant: 401, nobody: 401 } as const;
  // Exporting: whoever may read the patient's record and history already (clinicians, administrators).
  // Erasing: administrators alone — it cannot be undone, and is the organisation's decision, not a clinician's in a consultation.
  const cases = [
    { op: operations.exportPatient, expect: { clinician: 200, admin: 200, member: 403, ...notStaff } },
    { op: operations.erasePatient, expect: { clinician: 403, admin: 200, member: 403, ...notStaff } },
  ];

  test('covers every patient-rights route of the route table', async () => {
    const { routes } = await import('../routes.ts');
    const covered = new Set<string>(cases.map((c) => c.op.id));
    expect(routes.filter((r) => /^(export|erase)Patient$/.test(r.operation.id)).map((r) => r.operation.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of cases) {
    test(`${c.op.method} ${c.op.path} (${c.op.id})`, async () => {
      const answers: Partial<Record<Who, number>> = {};
      for (const caller of Object.keys(who) as Who[]) {
        // A patient of their own for each caller: a success erases it.
        const id = await addPatient(api, clinician, { givenName: 'Mat', familyName: 'Rix', dateOfBirth: '1966-06-06' });
        const response = await api.call(c.op, { pathParameters: { id }, ...who[caller]() });
        answers[caller] = response.status;
        if (response.status >= 400) expect(typeof json(response).error, response.text).toBe('string');
      }
      expect(answers).toEqual(c.expect);
    });
  }

  test('an id that is no patient is a 404 for both', async () => {
    for (const op of [operations.exportPatient, operations.erasePatient]) {
      const response = await api.call(op, { claims: admin, pathParameters: { id: 'no-such-patient' } });
      expect(response.status, op.id).toBe(404);
    }
  });
});

describe("a patient's data", () => {
  test('exports as JSON: the directory entry, the call history with its outcome, the calls and the appointments', async () => {
    const erinOnRecord = await patientWithHistory();
    await erinOnRecord.end();
    const exported = await api.call(operations.exportPatient, { claims: clinician, pathParameters: { id: erinOnRecord.id } });
    expect(exported.status, exported.text).toBe(200);
    const body = exported.json as PatientExport;
    const { givenName, dateOfBirth, email } = erinOnRecord.erin;
    expect(body.patient).toMatchObject({ id: erinOnRecord.id, givenName, dateOfBirth, email });
    const consultation = body.consultations.find((c) => c.id === erinOnRecord.consultation);
    expect(consultation).toMatchObject({ status: 'ended', outcome: { result: 'completed' } });
    // The missed call's consultation is part of the history too, and the group session: theirs of it.
    expect(body.consultations.length).toBe(3);
    const group = body.consultations.find((c) => c.id === erinOnRecord.group);
    expect(group?.participants.map((p) => p.patientId ?? p.staffId)).toEqual(expect.arrayContaining([erinOnRecord.id, 'rights-clinician']));
    expect(group?.participants).toHaveLength(2);
    expect(group?.links).toHaveLength(1);
    expect(exported.text).not.toContain('Greta');
    expect(body.directCalls.map((c) => c.id)).toEqual([erinOnRecord.call]);
    expect(body.appointments.map((a) => a.id)).toEqual([erinOnRecord.appointment]);
    expect(operations.exportPatient.response.safeParse(body).success).toBe(true);
    // Another patient's records are not in it.
    expect(exported.text).not.toContain('Pia');
  });

  test('cannot be erased while a consultation of theirs is open; nothing is removed', async () => {
    const erinOnRecord = await patientWithHistory();
    const before = await holding([erinOnRecord.id]);
    const refused = await api.call(operations.erasePatient, { claims: admin, pathParameters: { id: erinOnRecord.id } });
    expect(refused.status, refused.text).toBe(409);
    expect(json(refused)).toMatchObject({ error: 'consultation-open', message: expect.stringMatching(/still open/) as unknown });
    expect(await holding([erinOnRecord.id])).toEqual(before);
    await erinOnRecord.end();
  });

  test('erased, leaves nothing of the patient in any table; an erasure cut short is finished by asking again', async () => {
    const erinOnRecord = await patientWithHistory();
    await erinOnRecord.end();
    expect((await holding(tracesOf(erinOnRecord.id, erinOnRecord.erin))).length).toBeGreaterThan(0);

    // The store fails half-way (after the call history went, before the appointments): a 5xx, and the patient is still there to erase.
    const appointments = api.deps.store.appointments;
    const remove = appointments.remove;
    appointments.remove = () => Promise.reject(new Error('the store is unavailable'));
    try {
      const failed = await api.call(operations.erasePatient, { claims: admin, pathParameters: { id: erinOnRecord.id } });
      expect(failed.status).toBeGreaterThanOrEqual(500);
    } finally {
      appointments.remove = remove;
    }
    expect((await api.call(operations.getPatient, { claims: admin, pathParameters: { id: erinOnRecord.id } })).status).toBe(200);

    const erased = await api.call(operations.erasePatient, { claims: admin, pathParameters: { id: erinOnRecord.id } });
    expect(erased.status, erased.text).toBe(200);
    expect(json(erased)).toMatchObject({ patientId: erinOnRecord.id, appointments: 1, directCalls: 1 });
    expect(await holding(tracesOf(erinOnRecord.id, erinOnRecord.erin))).toEqual([]);
    expect((await api.call(operations.getPatient, { claims: admin, pathParameters: { id: erinOnRecord.id } })).status).toBe(404);
    // The audit trail keeps that it happened, by the patient's id, and nothing that names them.
    const trail = (await everyItem(auditTable())).filter((item) => item.includes(erinOnRecord.id));
    expect(trail.filter((item) => item.includes('"patient-erased"')).map((item) => (JSON.parse(item) as { outcome: string }).outcome)).toEqual(
      expect.arrayContaining(['success']),
    );
    const [, ...identifying] = tracesOf(erinOnRecord.id, erinOnRecord.erin);
    expect(trail.filter((item) => identifying.some((t) => item.includes(t)))).toEqual([]);
    // The group session stays for the others who were registered.
    expect((await holding(['Greta Groupmate'])).some((item) => item.includes(erinOnRecord.group))).toBe(true);
    // The interpreter's address went with the appointment.
    expect((await holding(['tolk@example.org'])).filter((item) => item.includes(erinOnRecord.appointment))).toEqual([]);
  });
});
