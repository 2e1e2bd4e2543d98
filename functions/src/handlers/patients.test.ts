import { operations, type Patient, PatientList } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../routes.ts';
import { type Response, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

const clinician = staffClaims(['clinician']);
const newPatient = { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', mobile: '07700 900123' };

/** Every refusal is `{error, message}` JSON, nothing else at the top but optional details. */
const expectError = (response: Response, status: number, code: string) => {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json as { error: unknown; message: unknown };
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
};

const namesOf = (response: Response) => {
  expect(response.status, response.text).toBe(200);
  return PatientList.parse(response.json).patients.map((p) => `${p.givenName} ${p.familyName}`);
};

describe('patient directory handlers', () => {
  let api: TestApi;
  const search = (query: string) => api.call(operations.searchPatients, { claims: clinician, query: { query } });
  const add = (json: unknown, claims = clinician) => api.call(operations.createPatient, { claims, json });

  beforeAll(async () => {
    api = await startTestApi('handlers-test');
    for (const details of [
      newPatient,
      { givenName: 'Alexandra', familyName: 'Smith', dateOfBirth: '1975-12-01' },
      { givenName: 'Zoë', familyName: "O'Brien", dateOfBirth: '1990-01-31', mobile: '+46 70 123 45 67' },
      { givenName: 'Mary Ann', familyName: 'Jones', dateOfBirth: '1962-07-04' },
      { givenName: 'Chris', familyName: 'Exton', dateOfBirth: '1980-04-12' },
    ]) {
      expect((await add(details)).status).toBe(201);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  it('creates a patient (201) that can then be read back (200)', async () => {
    const created = await add({ givenName: ' Robin ', familyName: 'Newman', dateOfBirth: '2001-09-09', email: 'robin@example.org' });
    expect(created.status, created.text).toBe(201);
    expect(created.headers['content-type']).toBe('application/json');
    expect(created.headers['cache-control']).toBe('no-store');
    const patient = created.json as Patient;
    expect(patient).toMatchObject({ givenName: 'Robin', familyName: 'Newman', dateOfBirth: '2001-09-09', email: 'robin@example.org' });
    expect(patient.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Date.parse(patient.createdAt)).not.toBeNaN();

    const read = await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: patient.id } });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(patient);
  });

  it('stores the mobile in E.164', async () => {
    const found = (await search('Alex Example')).json as { patients: Patient[] };
    expect(found.patients[0]?.mobile).toBe('+447700900123');
  });

  it('accepts the groups claim in the string form API Gateway hands over', async () => {
    const response = await add({ givenName: 'Sam', familyName: 'Stringer', dateOfBirth: '1999-01-01' }, staffClaims('[admin clinician]'));
    expect(response.status, response.text).toBe(201);
  });

  it('finds patients by the start of a name', async () => {
    expect(namesOf(await search('ale'))).toEqual(['Alex Example', 'Alexandra Smith']);
    expect(namesOf(await search('ex'))).toEqual(['Alex Example', 'Chris Exton']);
  });

  it('finds patients by given name and by family name', async () => {
    expect(namesOf(await search('Alexandra'))).toEqual(['Alexandra Smith']);
    expect(namesOf(await search('Smith'))).toEqual(['Alexandra Smith']);
    expect(namesOf(await search('zoe'))).toEqual(["Zoë O'Brien"]);
    expect(namesOf(await search("O'Brien"))).toEqual(["Zoë O'Brien"]);
    expect(namesOf(await search('OBRIEN'))).toEqual(["Zoë O'Brien"]);
  });

  it('finds patients by several words, each starting a name, in any order', async () => {
    expect(namesOf(await search('Alex Example'))).toEqual(['Alex Example']);
    expect(namesOf(await search('example alex'))).toEqual(['Alex Example']);
    expect(namesOf(await search('al ex'))).toEqual(['Alex Example']);
    expect(namesOf(await search('Alex Smith'))).toEqual(['Alexandra Smith']);
    expect(namesOf(await search('Alex Exton'))).toEqual([]);
  });

  it('finds a patient whose given name has two words by their full name', async () => {
    expect(namesOf(await search('Mary Ann Jones'))).toEqual(['Mary Ann Jones']);
    expect(namesOf(await search('Mary Ann'))).toEqual(['Mary Ann Jones']);
    expect(namesOf(await search('Ann Jones'))).toEqual(['Mary Ann Jones']);
    expect(namesOf(await search('Mary Jones'))).toEqual(['Mary Ann Jones']);
  });

  it('finds a patient by the second part of a hyphenated name when another word starts a name', async () => {
    expect((await add({ givenName: 'José', familyName: 'Núñez-García', dateOfBirth: '1970-05-05' })).status).toBe(201);
    expect(namesOf(await search('Jose Garcia'))).toEqual(['José Núñez-García']);
    expect(namesOf(await search('garcia jose'))).toEqual(['José Núñez-García']);
    expect(namesOf(await search('Nunez Garcia'))).toEqual(['José Núñez-García']);
    expect(namesOf(await search('Jose Smith'))).toEqual([]);
  });

  it('finds patients by date of birth in both formats', async () => {
    expect(namesOf(await search('1980-04-12'))).toEqual(['Alex Example', 'Chris Exton']);
    expect(namesOf(await search('12/04/1980'))).toEqual(['Alex Example', 'Chris Exton']);
    expect(namesOf(await search('31/01/1990'))).toEqual(["Zoë O'Brien"]);
    expect(namesOf(await search('1999-12-31'))).toEqual([]);
  });

  it('finds patients by mobile in local or international format', async () => {
    expect(namesOf(await search('07700 900123'))).toEqual(['Alex Example']);
    expect(namesOf(await search('+447700900123'))).toEqual(['Alex Example']);
    expect(namesOf(await search('+46701234567'))).toEqual(["Zoë O'Brien"]);
    expect(namesOf(await search('07700 900999'))).toEqual([]);
  });

  it('refuses a query too short or too long, or an unknown parameter, with 400', async () => {
    expectError(await search('a'), 400, 'invalid-request');
    expectError(await search('x'.repeat(101)), 400, 'invalid-request');
    expectError(await api.call(operations.searchPatients, { claims: clinician, query: { limit: '5' } }), 400, 'invalid-request');
  });

  it('refuses a forged cursor with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ id: 'x', directory: 'other', familySort: 'y' })).toString('base64url');
    for (const cursor of [forged, 'abc', 'not a cursor', 'eyJ9', 'x'.repeat(2000)]) {
      expectError(await api.call(operations.searchPatients, { claims: clinician, query: { cursor } }), 400, 'invalid-request');
    }
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectError(await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: 'patient-nobody' } }), 404, 'not-found');
    expectError(await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: 'x' } }), 400, 'invalid-request');
    expectError(await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: '../../etc' } }), 400, 'invalid-request');
  });

  it('refuses invalid patient details with 400, naming the fields, and stores nothing', async () => {
    const before = (await api.deps.store.patients.list(1000)).patients.length;
    const response = await add({ givenName: '<b>', familyName: 'Example', dateOfBirth: '1999-02-30', extra: 1 });
    expectError(response, 400, 'invalid-request');
    const fields = (response.json as { fields: { field: string; message: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['givenName', 'dateOfBirth']));
    expectError(await add({ ...newPatient, mobile: 'abc' }), 400, 'invalid-request');
    expectError(await add([]), 400, 'invalid-request');
    expectError(await api.call(operations.createPatient, { claims: clinician }), 400, 'invalid-request');
    expectError(await api.call(operations.createPatient, { claims: clinician, body: '{"givenName":' }), 400, 'invalid-json');
    expectError(
      await api.call(operations.createPatient, { claims: clinician, body: JSON.stringify(newPatient), contentType: 'text/plain' }),
      415,
      'unsupported-media-type',
    );
    expectError(
      await api.call(operations.createPatient, { claims: clinician, json: { ...newPatient, givenName: 'x'.repeat(17 * 1024) } }),
      413,
      'body-too-large',
    );
    expect((await api.deps.store.patients.list(1000)).patients.length).toBe(before);
  });

  it('reads a base64-encoded body as API Gateway may send it', async () => {
    const body = Buffer.from(JSON.stringify({ givenName: 'Base', familyName: 'Sixtyfour', dateOfBirth: '1970-01-01' })).toString('base64');
    const response = await api.call(operations.createPatient, { claims: clinician, body, isBase64Encoded: true });
    expect(response.status, response.text).toBe(201);
  });

  it('refuses staff who are only meeting-room members with 403', async () => {
    const member = staffClaims(['meeting-room-member'], 'staff-member');
    const before = (await api.deps.store.patients.list(1000)).patients.length;
    expectError(await add(newPatient, member), 403, 'forbidden');
    expectError(await api.call(operations.searchPatients, { claims: member, query: { query: 'alex' } }), 403, 'forbidden');
    expectError(await api.call(operations.searchPatients, { claims: member }), 403, 'forbidden');
    expectError(await api.call(operations.getPatient, { claims: member, pathParameters: { id: 'patient-nobody' } }), 403, 'forbidden');
    expect((await api.deps.store.patients.list(1000)).patients.length).toBe(before);
  });

  it('refuses callers without staff claims with 401', async () => {
    expectError(await api.call(operations.createPatient, { json: newPatient }), 401, 'unauthorized');
    expectError(await api.call(operations.searchPatients, { query: { query: 'alex' } }), 401, 'unauthorized');
    expectError(await api.call(operations.getPatient, { pathParameters: { id: 'patient-nobody' } }), 401, 'unauthorized');
    // claims without a known group, or without a subject, are no staff member
    expectError(await add(newPatient, staffClaims('[root]')), 401, 'unauthorized');
    expectError(await add(newPatient, { email: 'x@example.org', 'cognito:groups': ['clinician'] }), 401, 'unauthorized');
  });

  it('answers health and the OpenAPI document without credentials', async () => {
    const health = await api.call(operations.health);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ ok: true, mode: 'local' });
    const openApi = await api.call(operations.openApi);
    expect(openApi.status).toBe(200);
    const document = openApi.json as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    expect(document.openapi).toBe('3.1.0');
    // exactly the operations the route table serves
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    expect(documented.sort()).toEqual(routes.map(({ operation: o }) => `${o.method} ${o.path} ${o.id}`).sort());
  });
});

describe('patient directory listing', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('listing-test');
  });

  afterAll(async () => {
    await api.close();
  });

  it('pages through more than 50 patients A–Z with a next cursor', async () => {
    const familyNames = Array.from({ length: 57 }, (_, i) => `Family${String(56 - i).padStart(2, '0')}`);
    for (const familyName of familyNames) {
      const response = await api.call(operations.createPatient, {
        claims: clinician,
        json: { givenName: 'Pat', familyName, dateOfBirth: '1990-01-01' },
      });
      expect(response.status).toBe(201);
    }
    const first = PatientList.parse((await api.call(operations.searchPatients, { claims: clinician })).json);
    expect(first.patients).toHaveLength(50);
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await api.call(operations.searchPatients, { claims: clinician, query: { cursor: first.next! } });
    expect(second.status, second.text).toBe(200);
    const rest = PatientList.parse(second.json);
    expect(rest.patients).toHaveLength(7);
    expect(rest.next).toBeUndefined();
    const listed = [...first.patients, ...rest.patients].map((p) => p.familyName);
    expect(listed).toEqual([...familyNames].sort());
  });

  it('answers an empty directory with no patients and no cursor', async () => {
    const other = await startTestApi('empty-test');
    try {
      const response = await other.call(operations.searchPatients, { claims: clinician });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ patients: [] });
    } finally {
      await other.close();
    }
  });
});
