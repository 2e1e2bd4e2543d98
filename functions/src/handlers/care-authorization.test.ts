import { type Operation, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newPortalUrl } from '#use-cases/portal-session';
import { type EventOptions, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, handClock, json, portalSession, tokenIn } from '../testing/care.ts';

/**
 * Who may call each route of appointments, direct calls and the portal: the clinician who made
 * the appointment or call, another clinician, the patient (portal session), another patient
 * (their own portal session), a consultation participant (a session from a link) and nobody.
 * A patient reaches only their own records: another patient's id answers as if it did not exist.
 */

const time = handClock('2026-06-01T08:45:00.000Z');
let api: TestApi;
const hostClaims = staffClaims(['clinician'], 'staff-matrix-host');
const otherClaims = staffClaims(['clinician'], 'staff-matrix-other');
let alex = '';
let bea = '';
let carl = '';
let alexSession = '';
let beaSession = '';
let participantSession = '';

beforeAll(async () => {
  api = await startTestApi('care-authorization', time.clock);
  alex = await addPatient(api, hostClaims, { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', email: 'alex@example.org' });
  bea = await addPatient(api, hostClaims, { givenName: 'Bea', familyName: 'Other', dateOfBirth: '1970-02-02', email: 'bea@example.org' });
  carl = await addPatient(api, hostClaims, { givenName: 'Carl', familyName: 'Third', dateOfBirth: '1960-06-06', email: 'carl@example.org' });
  alexSession = await portalSession(api, alex, '1980-04-12');
  beaSession = await portalSession(api, bea, '1970-02-02');
  await api.call(operations.consultNow, { claims: hostClaims, json: { mobile: '07700 900999' } });
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  participantSession = json(await api.call(operations.verify, { json: { token, displayName: 'Pat Guest' } })).session as string;
});
afterAll(() => api.close());

type Who = 'host' | 'other' | 'patient' | 'otherPatient' | 'participant' | 'nobody';
const who: Record<Who, () => EventOptions> = {
  host: () => ({ claims: hostClaims }),
  other: () => ({ claims: otherClaims }),
  patient: () => bearer(alexSession),
  otherPatient: () => bearer(beaSession),
  participant: () => bearer(participantSession),
  nobody: () => ({}),
};

/** What each case needs: an appointment proposed to Alex by the host, a call ringing Alex, and so on. */
interface Fixture {
  appointmentId: string;
  scheduledId: string;
  callId: string;
  portalToken: string;
}

const fixture = async (): Promise<Fixture> => {
  time.set('2026-06-01T08:45:00.000Z');
  const propose = (date: string) =>
    api.call(operations.proposeAppointment, { claims: hostClaims, json: { patientId: alex, date, time: '10:00', durationMinutes: 30 } });
  const appointmentId = json(await propose('2026-06-02')).id as string;
  const scheduledId = json(await propose('2026-06-01')).id as string;
  await api.call(operations.acceptAppointment, { ...bearer(alexSession), pathParameters: { id: scheduledId } });
  const callId = json(await api.call(operations.callPatient, { claims: hostClaims, pathParameters: { id: alex } })).id as string;
  const portalToken = tokenIn(await newPortalUrl(api.deps, alex), 'portal')!;
  // The scheduled appointment's waiting room is open (10:00 London is 09:00Z; it opens at 08:30Z).
  return { appointmentId, scheduledId, callId, portalToken };
};

interface Case {
  readonly op: Operation;
  readonly request: (f: Fixture) => EventOptions;
  readonly expect: Record<Who, number>;
}

const staffOnly = (ok: number, otherClinician: number) =>
  ({ host: ok, other: otherClinician, patient: 401, otherPatient: 401, participant: 401, nobody: 401 }) as const;
const patientOnly = (ok: number, otherPatient: number) =>
  ({ host: 401, other: 401, patient: ok, otherPatient, participant: 401, nobody: 401 }) as const;

const cases: Case[] = [
  {
    op: operations.proposeAppointment,
    request: () => ({ json: { patientId: alex, date: '2026-06-03', time: '09:00', durationMinutes: 15 } }),
    expect: staffOnly(201, 201),
  },
  { op: operations.listAppointments, request: () => ({}), expect: staffOnly(200, 200) },
  { op: operations.getAppointment, request: (f) => ({ pathParameters: { id: f.appointmentId } }), expect: staffOnly(200, 404) },
  { op: operations.cancelAppointment, request: (f) => ({ pathParameters: { id: f.appointmentId }, json: {} }), expect: staffOnly(200, 404) },
  {
    op: operations.rescheduleAppointment,
    request: (f) => ({ pathParameters: { id: f.appointmentId }, json: { date: '2026-06-04', time: '11:00' } }),
    expect: staffOnly(200, 404),
  },
  { op: operations.listAppointmentRequests, request: () => ({}), expect: staffOnly(200, 200) },
  { op: operations.callPatient, request: () => ({ pathParameters: { id: alex } }), expect: staffOnly(201, 201) },
  { op: operations.getDirectCall, request: (f) => ({ pathParameters: { id: f.callId } }), expect: staffOnly(200, 404) },
  { op: operations.cancelDirectCall, request: (f) => ({ pathParameters: { id: f.callId } }), expect: staffOnly(200, 404) },
  // The organisation, not only the clinician who called: any clinician (or administrator).
  { op: operations.revokePortalSessions, request: () => ({ pathParameters: { id: carl } }), expect: staffOnly(200, 200) },
  // Public: the link and the date of birth are the proof, whoever else the caller may be.
  {
    op: operations.portalSignIn,
    request: (f) => ({ json: { token: f.portalToken, dateOfBirth: '1980-04-12' } }),
    expect: { host: 200, other: 200, patient: 200, otherPatient: 200, participant: 200, nobody: 200 },
  },
  // Their own portal, their own ticket, their own device: each patient reaches only theirs.
  { op: operations.portal, request: () => ({}), expect: patientOnly(200, 200) },
  { op: operations.portalEventTicket, request: () => ({}), expect: patientOnly(201, 201) },
  { op: operations.acceptAppointment, request: (f) => ({ pathParameters: { id: f.appointmentId } }), expect: patientOnly(200, 404) },
  { op: operations.rejectAppointment, request: (f) => ({ pathParameters: { id: f.appointmentId }, json: {} }), expect: patientOnly(200, 404) },
  { op: operations.joinAppointment, request: (f) => ({ pathParameters: { id: f.scheduledId } }), expect: patientOnly(200, 404) },
  {
    op: operations.requestAppointment,
    request: (f) => ({ json: { from: '2026-06-02', to: '2026-06-05', missedCallId: f.callId } }),
    expect: patientOnly(201, 404),
  },
  { op: operations.acknowledgeCall, request: (f) => ({ pathParameters: { id: f.callId } }), expect: patientOnly(200, 404) },
  { op: operations.acceptCall, request: (f) => ({ pathParameters: { id: f.callId } }), expect: patientOnly(200, 404) },
  { op: operations.rejectCall, request: (f) => ({ pathParameters: { id: f.callId } }), expect: patientOnly(200, 404) },
];

const order: Who[] = ['nobody', 'participant', 'otherPatient', 'other', 'patient', 'host'];

describe('authorization matrix of the appointment, direct-call and portal routes', () => {
  test('covers every route of the route table that this work added', async () => {
    const { routes } = await import('../routes.ts');
    const covered = new Set(cases.map((c) => c.op.id).concat(['portalSignOut']));
    const added = routes.filter((r) => r.operation.auth === 'patient' || /ppointment|irectCall|callPatient|portal/i.test(r.operation.id));
    expect(added.map((r) => r.operation.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const c of cases) {
    test(`${c.op.method} ${c.op.path} (${c.op.id})`, async () => {
      const f = await fixture();
      const answers: Partial<Record<Who, number>> = {};
      // Refusals first, so that a success (which may change the record) comes last.
      for (const caller of [...order].sort((a, b) => Number(c.expect[a] < 400) - Number(c.expect[b] < 400))) {
        const response = await api.call(c.op, { ...c.request(f), ...who[caller]() });
        answers[caller] = response.status;
        if (response.status >= 400) expect(typeof json(response).error, response.text).toBe('string');
      }
      expect(answers).toEqual(c.expect);
    });
  }

  test('POST /api/portal/sign-out: a patient session only', async () => {
    for (const caller of ['host', 'other', 'participant', 'nobody'] as const) {
      expect((await api.call(operations.portalSignOut, who[caller]())).status, caller).toBe(401);
    }
    const throwaway = await portalSession(api, alex, '1980-04-12');
    expect((await api.call(operations.portalSignOut, bearer(throwaway))).status).toBe(200);
    expect((await api.call(operations.portalSignOut, bearer(throwaway))).status).toBe(401);
  });

  test('another patient’s portal shows none of this patient’s records', async () => {
    await fixture();
    const theirs = JSON.stringify(json(await api.call(operations.portal, bearer(beaSession))));
    expect(theirs).not.toContain(alex);
    expect(theirs).not.toContain('Alex');
  });
});
