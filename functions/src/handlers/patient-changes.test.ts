import { operations, type Patient } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

const clinician = staffClaims(['clinician']);
const alex = { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', mobile: '07700 900123', email: 'alex@example.org' };

describe('a patient’s language and contact details (UK organisation, English by default)', () => {
  let api: TestApi;
  const add = async (json: unknown) => {
    const response = await api.call(operations.createPatient, { claims: clinician, json });
    expect(response.status, response.text).toBe(201);
    return response.json as Patient;
  };
  const change = (id: string, json: unknown, claims: Record<string, unknown> | null = clinician) =>
    api.call(operations.updatePatient, { ...(claims && { claims }), pathParameters: { id }, json });

  beforeAll(async () => {
    api = await startTestApi('patient-changes-test');
  });

  afterAll(async () => {
    await api.close();
  });

  it('records a new patient in the organisation’s language unless another is chosen', async () => {
    expect((await add(alex)).language).toBe('en');
    expect((await add({ ...alex, givenName: 'Astrid', language: 'sv' })).language).toBe('sv');
  });

  it('changes the language, and the change is what the entry then reads', async () => {
    const patient = await add(alex);
    const changed = await change(patient.id, { language: 'sv' });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toEqual({ ...patient, language: 'sv' });
    const read = await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: patient.id } });
    expect(read.json).toEqual({ ...patient, language: 'sv' });
  });

  it('changes the mobile number (read as dialled in the UK) and removes the email address', async () => {
    const patient = await add(alex);
    const changed = await change(patient.id, { mobile: '07700 900456', email: null });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toEqual({ ...patient, mobile: '+447700900456', email: undefined });
    expect((changed.json as Patient).email).toBeUndefined();
    const found = await api.call(operations.searchPatients, { claims: clinician, query: { query: '07700 900456' } });
    expect((found.json as { patients: Patient[] }).patients.map((p) => p.id)).toContain(patient.id);
  });

  it('refuses nothing to change, an unknown language, a wrong number or an unknown field with 400', async () => {
    const patient = await add(alex);
    for (const body of [{}, { language: 'de' }, { mobile: '12' }, { email: 'not-an-email' }, { givenName: 'Other' }]) {
      const refused = await change(patient.id, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect((refused.json as { error: string }).error).toBe('invalid-request');
    }
    const read = await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: patient.id } });
    expect(read.json).toEqual(patient);
  });

  it('answers 404 for a patient not on record, 401 without staff claims, 403 for meeting-room members', async () => {
    expect((await change('patient-none', { language: 'sv' })).status).toBe(404);
    const patient = await add(alex);
    expect((await change(patient.id, { language: 'sv' }, null)).status).toBe(401);
    expect((await change(patient.id, { language: 'sv' }, staffClaims(['meeting-room-member']))).status).toBe(403);
    const read = await api.call(operations.getPatient, { claims: clinician, pathParameters: { id: patient.id } });
    expect((read.json as Patient).language).toBe('en');
  });
});

describe('a Swedish organisation', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('patient-changes-se-test', undefined, { defaultLanguage: 'sv', country: 'SE' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('writes to new patients in Swedish and reads 070-numbers as Swedish; +44 still works', async () => {
    const created = await api.call(operations.createPatient, {
      claims: clinician,
      json: { givenName: 'Astrid', familyName: 'Exempel', dateOfBirth: '1980-04-12', mobile: '070-123 45 67' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({ language: 'sv', mobile: '+46701234567' });
    const id = (created.json as Patient).id;
    const changed = await api.call(operations.updatePatient, {
      claims: clinician,
      pathParameters: { id },
      json: { mobile: '+44 7700 900123', language: 'en' },
    });
    expect(changed.json).toMatchObject({ language: 'en', mobile: '+447700900123' });
    const found = await api.call(operations.searchPatients, { claims: clinician, query: { query: '070 123 45 67' } });
    expect(found.json).toEqual({ patients: [] });
  });

  it('finds a patient by a number dialled in Sweden', async () => {
    await api.call(operations.createPatient, {
      claims: clinician,
      json: { givenName: 'Bo', familyName: 'Svensson', dateOfBirth: '1970-02-02', mobile: '+46 70 765 43 21' },
    });
    const found = await api.call(operations.searchPatients, { claims: clinician, query: { query: '070-765 43 21' } });
    expect((found.json as { patients: Patient[] }).patients.map((p) => p.givenName)).toEqual(['Bo']);
  });

  it('says how a Swedish number is written when one is wrong', async () => {
    const refused = await api.call(operations.createPatient, {
      claims: clinician,
      json: { givenName: 'Bo', familyName: 'Fel', dateOfBirth: '1970-02-02', mobile: '12' },
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('070-123 45 67');
  });
});
