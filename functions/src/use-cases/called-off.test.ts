import { DirectCall, operations } from '@clinicall/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ConsultationRecord } from '../consultation/record.ts';
import { createTimerTask } from '../handlers/timer.ts';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, handClock, portalSession } from '../testing/care.ts';

/**
 * A call that never happened ends its meeting: the clinician may wait in it while it rings
 * (their media is asked for as soon as they press Call Patient), and it must not outlive the call.
 */

const time = handClock('2026-05-04T09:00:00.000Z');
let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;
const host: Claims = staffClaims(['clinician'], 'staff-caller');
let alex = '';
let session = '';
/** The consultations whose meetings were ended, as the media port was handed them. */
let ended: ConsultationRecord[] = [];

beforeAll(async () => {
  api = await startTestApi('called-off', time.clock, { ringTimeoutSeconds: 2 });
  const inner = api.deps.meetings;
  Object.assign(api.deps, { meetings: { ...inner, end: (record: ConsultationRecord) => (ended.push(record), inner.end(record)) } });
  timerTask = createTimerTask(api.deps);
  alex = await addPatient(api, host, { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', email: 'alex@example.org' });
  session = await portalSession(api, alex, '1980-04-12');
});
afterAll(() => api.close());
beforeEach(() => {
  ended = [];
});

/** Call Patient, with the clinician already in the call's media while it rings. */
const ringWithClinicianWaiting = async () => {
  const call = DirectCall.parse((await api.call(operations.callPatient, { claims: host, pathParameters: { id: alex } })).json);
  expect((await api.call(operations.media, { claims: host, pathParameters: { id: call.consultationId } })).status).toBe(200);
  const [check, timeout] = api.outside.timers.filter((t) => t.id === call.id);
  return { call, check: check!, timeout: timeout! };
};

describe('a direct call that never happened ends its meeting', () => {
  test('hung up by the clinician', async () => {
    const { call } = await ringWithClinicianWaiting();
    await api.call(operations.cancelDirectCall, { claims: host, pathParameters: { id: call.id } });
    expect(ended.map((r) => [r.id, r.status])).toEqual([[call.consultationId, 'cancelled']]);
  });

  test('declined by the patient', async () => {
    const { call } = await ringWithClinicianWaiting();
    await api.call(operations.rejectCall, { ...bearer(session), pathParameters: { id: call.id } });
    expect(ended.map((r) => [r.id, r.status])).toEqual([[call.consultationId, 'cancelled']]);
  });

  test('unanswered, and heard ringing nowhere', async () => {
    const first = await ringWithClinicianWaiting();
    time.set(first.timeout.dueAt);
    await timerTask(first.timeout);
    const second = await ringWithClinicianWaiting();
    time.set(second.check.dueAt);
    await timerTask(second.check);
    expect(ended.map((r) => r.id)).toEqual([first.call.consultationId, second.call.consultationId]);
  });

  test('answered: the meeting goes on', async () => {
    const { call } = await ringWithClinicianWaiting();
    expect((await api.call(operations.acceptCall, { ...bearer(session), pathParameters: { id: call.id } })).status).toBe(200);
    expect(ended).toEqual([]);
  });
});

describe('a Consult Now nobody came to', () => {
  test('ends its meeting when its link lapses', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    const consultation = (sent.json as { consultation: { id: string } }).consultation;
    await api.call(operations.media, { claims: host, pathParameters: { id: consultation.id } });
    const expiry = api.outside.timers.findLast((t) => t.kind === 'link-expiry')!;
    time.set(expiry.dueAt);
    time.advance(1);
    await timerTask(expiry);
    expect(ended.map((r) => [r.id, r.status])).toEqual([[consultation.id, 'cancelled']]);
  });
});
