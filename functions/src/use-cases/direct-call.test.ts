import { AppointmentRequestList, DirectCall, operations, Portal } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTimerTask } from '../handlers/timer.ts';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, handClock, json, portalSession, tokenIn } from '../testing/care.ts';

/**
 * Call Patient: ringing, the three missed-call reasons, answering straight into the call, and
 * Book Appointment after a missed call. Ring timers are run by hand at their due time, with a
 * ring timeout shortened to 2 s by the settings.
 */

const time = handClock('2026-05-04T09:00:00.000Z');
let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;
const host: Claims = { ...staffClaims(['clinician'], 'staff-caller'), name: 'Dr Cal Caller' };
const other: Claims = staffClaims(['clinician'], 'staff-other');
let alex = '';
let session = '';

beforeAll(async () => {
  api = await startTestApi('direct-calls', time.clock, { ringTimeoutSeconds: 2 });
  timerTask = createTimerTask(api.deps);
  alex = await addPatient(api, host, {
    givenName: 'Alex',
    familyName: 'Example',
    dateOfBirth: '1980-04-12',
    mobile: '07700 900123',
    email: 'alex@example.org',
  });
  session = await portalSession(api, alex, '1980-04-12');
});
afterAll(() => api.close());

type Json = Record<string, unknown>;
const asPatient = (op: (typeof operations)[keyof typeof operations], id?: string, body?: Json, as = session) =>
  api.call(op, { ...bearer(as), ...(id && { pathParameters: { id } }), ...(body && { json: body }) });
const eventsOf = (topic: string) => api.outside.events.filter((e) => e.topic === topic).map((e) => e.event as Json);

/** The clinician presses Call Patient. */
const ring = async () => {
  const response = await api.call(operations.callPatient, { claims: host, pathParameters: { id: alex } });
  expect(response.status, response.text).toBe(201);
  const call = DirectCall.parse(response.json);
  const [check, timeout] = api.outside.timers.filter((t) => t.id === call.id);
  return { call, check: check!, timeout: timeout! };
};
const statusOf = async (id: string) => DirectCall.parse(json(await api.call(operations.getDirectCall, { claims: host, pathParameters: { id } }))).status;

describe('Call Patient', () => {
  test('rings the patient’s open portals with the clinician’s name and arms the ring check (5 s) and the ring timeout', async () => {
    const { call, check, timeout } = await ring();
    expect(call).toMatchObject({ status: 'ringing', patientId: alex, clinicianName: 'Dr Cal Caller', patientName: 'Alex Example' });
    expect(eventsOf(`patient#${alex}`).at(-1)).toEqual({ type: 'incoming-call', callId: call.id, clinicianName: 'Dr Cal Caller' });
    expect(check).toMatchObject({ kind: 'ring-check', dueAt: '2026-05-04T09:00:05.000Z' });
    expect(timeout).toMatchObject({ kind: 'ring-timeout', dueAt: '2026-05-04T09:00:02.000Z' });
    const consultation = (await api.deps.store.consultations.get(call.consultationId))!;
    expect(consultation).toMatchObject({ type: 'direct-call', status: 'open', directCallId: call.id });
    expect(Object.values(consultation.participants).find((p) => p.role === 'patient')).toMatchObject({ admitOnArrival: true, state: 'invited' });
  });

  test('no device says it rings within the check: "no network", the clinician told, a missed-call notice to the patient', async () => {
    const { call, check } = await ring();
    time.set(check.dueAt);
    await timerTask(check);
    expect(await statusOf(call.id)).toBe('no-network');
    expect(eventsOf('staff#staff-caller').at(-1)).toEqual({ type: 'direct-call-changed', callId: call.id, status: 'no-network' });
    expect(eventsOf(`patient#${alex}`).at(-1)).toEqual({ type: 'call-ended', callId: call.id, status: 'no-network' });
    const notice = api.outside.messages.at(-1)!;
    expect(notice).toMatchObject({ channel: 'email', to: 'alex@example.org' });
    expect(notice.body).toContain('Dr Cal Caller');
    expect(tokenIn(notice.body, 'portal')).toBeDefined();
    expect((await api.deps.store.consultations.get(call.consultationId))?.status).toBe('cancelled');
    const portal = Portal.parse(json(await asPatient(operations.portal)));
    expect(portal.missedCalls.find((m) => m.id === call.id)).toEqual({
      id: call.id,
      clinicianName: 'Dr Cal Caller',
      at: call.startedAt,
      reason: 'no-network',
    });
  });

  test('ringing with no answer until the (shortened) timeout: "no answer"; the ring check, later, changes nothing', async () => {
    const { call, check, timeout } = await ring();
    expect((await asPatient(operations.acknowledgeCall, call.id)).status).toBe(200);
    time.set(timeout.dueAt);
    await timerTask(timeout);
    expect(await statusOf(call.id)).toBe('no-answer');
    const sent = api.outside.messages.length;
    time.set(check.dueAt);
    await timerTask(check);
    await timerTask(timeout);
    expect(await statusOf(call.id)).toBe('no-answer');
    expect(api.outside.messages.length).toBe(sent);
    expect((await asPatient(operations.acknowledgeCall, call.id)).status).toBe(409);
  });

  test('declined: "Call declined" for the clinician; the patient gets the missed call and books an appointment from it', async () => {
    const { call, check } = await ring();
    await asPatient(operations.acknowledgeCall, call.id);
    time.set(check.dueAt);
    await timerTask(check);
    expect(await statusOf(call.id)).toBe('ringing');
    const declined = await asPatient(operations.rejectCall, call.id);
    expect(DirectCall.parse(declined.json)).toMatchObject({ status: 'declined', endedAt: check.dueAt });
    expect(eventsOf('staff#staff-caller').at(-1)).toEqual({ type: 'direct-call-changed', callId: call.id, status: 'declined' });
    expect(tokenIn(api.outside.messages.at(-1)!.body, 'portal')).toBeDefined();
    const portal = Portal.parse(json(await asPatient(operations.portal)));
    expect(portal.missedCalls.find((m) => m.id === call.id)?.reason).toBe('declined');
    // Listed as a missed call, not as a consultation that ended without an outcome.
    const history = json(await api.call(operations.listConsultations, { claims: host, query: { status: 'ended' } }));
    expect((history.consultations as Json[]).map((c) => c.id)).not.toContain(call.consultationId);

    // Book Appointment: the request goes to the clinician who called.
    const requested = await asPatient(operations.requestAppointment, undefined, {
      from: '2026-05-05',
      to: '2026-05-08',
      partOfDay: 'afternoon',
      note: 'After 2pm please',
      missedCallId: call.id,
    });
    expect(requested.status, requested.text).toBe(201);
    const request = json(requested);
    expect(request).toMatchObject({ status: 'open', clinicianId: 'staff-caller', patientName: 'Alex Example', missedCallId: call.id });
    expect(eventsOf('staff#staff-caller').at(-1)).toEqual({ type: 'appointment-request-changed', requestId: request.id, status: 'open' });
    const listed = AppointmentRequestList.parse(json(await api.call(operations.listAppointmentRequests, { claims: host })));
    expect(listed.requests.map((r) => r.id)).toContain(request.id);
    const elsewhere = AppointmentRequestList.parse(json(await api.call(operations.listAppointmentRequests, { claims: other })));
    expect(elsewhere.requests.map((r) => r.id)).not.toContain(request.id);
    expect(Portal.parse(json(await asPatient(operations.portal))).requests.map((r) => r.id)).toContain(request.id);

    // A request not after a missed call is for the whole care team.
    const anyone = json(await asPatient(operations.requestAppointment, undefined, { from: '2026-05-10', to: '2026-05-12' }));
    expect(anyone.clinicianId).toBeUndefined();
    const forOther = AppointmentRequestList.parse(json(await api.call(operations.listAppointmentRequests, { claims: other })));
    expect(forOther.requests.map((r) => r.id)).toContain(anyone.id);

    // Proposing an appointment to the patient answers their open requests.
    const proposed = await api.call(operations.proposeAppointment, {
      claims: host,
      json: { patientId: alex, date: '2026-05-06', time: '14:30', durationMinutes: 20 },
    });
    expect(proposed.status, proposed.text).toBe(201);
    const after = AppointmentRequestList.parse(json(await api.call(operations.listAppointmentRequests, { claims: host })));
    expect(after.requests.map((r) => r.id)).not.toContain(request.id);
    expect(after.requests.map((r) => r.id)).not.toContain(anyone.id);
    const portalAfter = Portal.parse(json(await asPatient(operations.portal)));
    expect(portalAfter.requests.find((r) => r.id === request.id)?.status).toBe('answered');
  });

  test('a request is refused for a window already past, or another patient’s call', async () => {
    const { call } = await ring();
    const past = await asPatient(operations.requestAppointment, undefined, { from: '2026-05-01', to: '2026-05-02' });
    expect(past.status).toBe(400);
    const bea = await addPatient(api, host, { givenName: 'Bea', familyName: 'Other', dateOfBirth: '1970-02-02', email: 'bea@example.org' });
    const beaSession = await portalSession(api, bea, '1970-02-02');
    const theirs = await asPatient(operations.requestAppointment, undefined, { from: '2026-05-05', to: '2026-05-06', missedCallId: call.id }, beaSession);
    expect(theirs.status).toBe(404);
  });

  test('accepted: straight into the call — a participant session already admitted to the direct-call consultation', async () => {
    const { call, timeout } = await ring();
    await asPatient(operations.acknowledgeCall, call.id);
    const answered = await asPatient(operations.acceptCall, call.id);
    expect(answered.status, answered.text).toBe(200);
    const entered = json(answered) as { session: string; participantId: string; consultationId: string };
    expect(entered.consultationId).toBe(call.consultationId);
    const me = json(await api.call(operations.session, bearer(entered.session)));
    expect(me).toMatchObject({
      consultation: { type: 'direct-call', status: 'in-progress', hostName: 'Dr Cal Caller' },
      participant: { role: 'patient', state: 'admitted' },
    });
    const media = await api.call(operations.media, { ...bearer(entered.session), pathParameters: { id: entered.consultationId } });
    expect(json(media)).toMatchObject({ kind: 'p2p', peerId: entered.participantId });
    expect(await statusOf(call.id)).toBe('accepted');
    expect(eventsOf(`patient#${alex}`).at(-1)).toEqual({ type: 'call-ended', callId: call.id, status: 'accepted' });
    // The ring timeout wakes later and leaves an answered call alone.
    time.set(timeout.dueAt);
    await timerTask(timeout);
    expect(await statusOf(call.id)).toBe('accepted');
    // The clinician ends the consultation: the call is over.
    await api.call(operations.endConsultation, {
      claims: host,
      pathParameters: { id: call.consultationId },
      json: { result: 'completed', technicalProblems: false },
    });
    expect(await statusOf(call.id)).toBe('ended');
  });

  test('the clinician hangs up before an answer: cancelled, the portal stops ringing, no missed-call notice', async () => {
    const { call } = await ring();
    const sent = api.outside.messages.length;
    const cancelled = await api.call(operations.cancelDirectCall, { claims: host, pathParameters: { id: call.id } });
    expect(DirectCall.parse(cancelled.json).status).toBe('cancelled');
    expect(eventsOf(`patient#${alex}`).at(-1)).toEqual({ type: 'call-ended', callId: call.id, status: 'cancelled' });
    expect(api.outside.messages.length).toBe(sent);
    expect(json(await asPatient(operations.acceptCall, call.id)).error).toBe('illegal-transition');
    expect(json(await api.call(operations.cancelDirectCall, { claims: host, pathParameters: { id: call.id } })).error).toBe('illegal-transition');
  });
});

describe('the portal’s events and sessions', () => {
  test('the portal’s ticket subscribes to the patient’s own topic', async () => {
    const issued = await asPatient(operations.portalEventTicket);
    expect(issued.status).toBe(201);
    const { connectEvents } = await import('./events.ts');
    expect(await connectEvents(api.deps, 'connection-portal-1', json(issued).ticket as string)).toBe(true);
    expect(await api.deps.store.access.getConnection('connection-portal-1')).toEqual({ topic: `patient#${alex}`, peerId: alex });
  });

  test('the organisation signs the patient out everywhere: every device forgotten, open portals no longer hear calls', async () => {
    const carl = await addPatient(api, host, { givenName: 'Carl', familyName: 'Devices', dateOfBirth: '1960-06-06', email: 'carl@example.org' });
    const phone = await portalSession(api, carl, '1960-06-06');
    const laptop = await portalSession(api, carl, '1960-06-06');
    const ticket = json(await asPatient(operations.portalEventTicket, undefined, undefined, phone)).ticket as string;
    const { connectEvents } = await import('./events.ts');
    await connectEvents(api.deps, 'connection-carl', ticket);
    const revoked = await api.call(operations.revokePortalSessions, { claims: staffClaims(['admin'], 'staff-admin'), pathParameters: { id: carl } });
    expect(revoked.status, revoked.text).toBe(200);
    expect(json(revoked)).toEqual({ revoked: 2 });
    for (const device of [phone, laptop]) expect((await asPatient(operations.portal, undefined, undefined, device)).status).toBe(401);
    expect(await api.deps.store.access.connectionsOf(`patient#${carl}`)).toEqual([]);
    expect(json(await api.call(operations.revokePortalSessions, { claims: host, pathParameters: { id: carl } }))).toEqual({ revoked: 0 });
  });

  test('a forged or altered portal session is refused like none', async () => {
    const [version, patientId, deviceId, secret] = session.split('.');
    for (const forged of [
      `${version}.${patientId}.${deviceId}.${secret!.slice(0, -2)}xx`,
      `${version}.${patientId}.other-device-00.${secret}`,
      `p1.${patientId}.${deviceId}.${secret}`,
      `${version}.${patientId}.${deviceId}`,
    ]) {
      expect((await asPatient(operations.portal, undefined, undefined, forged)).status).toBe(401);
    }
  });
});
