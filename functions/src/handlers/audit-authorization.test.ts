import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, json, portalSession, tokenIn } from '../testing/care.ts';

/**
 * Who may read the audit trail: administrators only. A clinician or meeting-room member is
 * refused (403), a participant's or patient's session and nobody are not signed-in staff (401).
 */

let api: TestApi;
let participantSession = '';
let patientSession = '';
const clinician = staffClaims(['clinician'], 'matrix-clinician');

beforeAll(async () => {
  api = await startTestApi('audit-authorization');
  const alex = await addPatient(api, clinician, { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', email: 'alex@example.org' });
  patientSession = await portalSession(api, alex, '1980-04-12');
  await api.call(operations.consultNow, { claims: clinician, json: { mobile: '07700 900999' } });
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  participantSession = json(await api.call(operations.verify, { json: { token, displayName: 'Pat Guest' } })).session as string;
});
afterAll(() => api.close());

type Who = 'admin' | 'clinicianAdmin' | 'clinician' | 'member' | 'participant' | 'patient' | 'nobody';
const who: Record<Who, () => EventOptions> = {
  admin: () => ({ claims: staffClaims(['admin'], 'matrix-admin') }),
  clinicianAdmin: () => ({ claims: staffClaims(['clinician', 'admin'], 'matrix-both') }),
  clinician: () => ({ claims: clinician }),
  member: () => ({ claims: staffClaims(['meeting-room-member'], 'matrix-member') }),
  participant: () => bearer(participantSession),
  patient: () => bearer(patientSession),
  nobody: () => ({}),
};
const adminOnly = { admin: 200, clinicianAdmin: 200, clinician: 403, member: 403, participant: 401, patient: 401, nobody: 401 };

describe('authorization matrix of the audit routes', () => {
  test('covers every audit route of the route table', async () => {
    const { routes } = await import('../routes.ts');
    expect(routes.filter((r) => r.file === 'audit').map((r) => r.operation.id).sort()).toEqual(['audit', 'auditCsv']);
  });

  for (const op of [operations.audit, operations.auditCsv]) {
    test(`${op.method} ${op.path} (${op.id})`, async () => {
      const answers: Partial<Record<Who, number>> = {};
      for (const caller of Object.keys(who) as Who[]) {
        const response = await api.call(op, { query: { limit: '5' }, ...who[caller]() });
        answers[caller] = response.status;
        if (response.status >= 400) expect(typeof json(response).error, response.text).toBe('string');
      }
      expect(answers).toEqual(adminOnly);
    });
  }
});
