import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { eventsProtocols } from '@clinicall/shared/paths';
import { startTestRuntime, type TestRuntime } from './testing/local-api.ts';

/**
 * Call Patient on the one-machine runtime: the real timer state machine (aws-local-stepfunctions
 * over the ASL CDK deploys) decides "no network" and "no answer", with the ring check shortened
 * to 2 s and the ring timeout to 3 s (short, yet long enough for a busy machine to say "ringing"
 * first); the patient's portal hears the ring on the events socket.
 */

let clinic: TestRuntime;
let staff: string;
const alex = 'patient-alex-example';

beforeAll(async () => {
  clinic = await startTestRuntime({ ringCheckSeconds: 2, ringTimeoutSeconds: 3 });
  staff = await clinic.api.signIn();
});
afterAll(() => clinic.dispose());

type Call = { id: string; status: string; consultationId: string };
const callAlex = async () => {
  const called = await clinic.api.request<Call>(`/api/patients/${alex}/call`, { token: staff, json: {} });
  expect(called.status, called.text).toBe(201);
  return called.body;
};
const statusOf = async (id: string) => (await clinic.api.request<Call>(`/api/direct-calls/${id}`, { token: staff })).body.status;
const outbox = async () =>
  (await clinic.api.request<{ messages: { to: string; body: string }[] }>('/api/local/outbox')).body.messages;

/** The patient's portal, opened from the newest message's portal link. */
const portalFromOutbox = async () => {
  const message = (await outbox()).find((m) => m.body.includes('/portal#'))!;
  const token = /\/portal#([A-Za-z0-9_-]+)/.exec(message.body)![1]!;
  const signedIn = await clinic.api.request<{ session: string }>('/api/portal/sign-in', { json: { token, dateOfBirth: '1980-04-12' } });
  expect(signedIn.status, signedIn.text).toBe(200);
  return signedIn.body.session;
};

/** The portal's events socket, collecting what it hears. */
const listen = async (session: string) => {
  const { body } = await clinic.api.request<{ ticket: string }>('/api/portal/events/ticket', { token: session, json: {} });
  const socket = new WebSocket(`${clinic.url.replace('http', 'ws')}/api/events`, eventsProtocols(body.ticket));
  const heard: Record<string, unknown>[] = [];
  socket.on('message', (data: Buffer) => heard.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { heard, close: () => socket.close() };
};

describe('Call Patient on the local runtime, timed by the real timer state machine', () => {
  let session = '';

  test('no portal open: after the ring check the call is "no network" and the patient is sent a missed-call notice', async () => {
    const call = await callAlex();
    expect(call.status).toBe('ringing');
    await expect.poll(() => statusOf(call.id), { timeout: 6_000, interval: 100 }).toBe('no-network');
    // The notice follows the change of status: wait for it rather than race it.
    await expect.poll(async () => (await outbox()).find((m) => m.body.includes('/portal#')), { timeout: 2_000 }).toMatchObject({
      to: 'alex@example.org',
      body: expect.stringMatching(/tried to reach you/) as unknown,
    });
    session = await portalFromOutbox();
    const portal = await clinic.api.request<{ missedCalls: { id: string; reason: string }[] }>('/api/portal', { token: session });
    expect(portal.body.missedCalls).toContainEqual(expect.objectContaining({ id: call.id, reason: 'no-network' }));
  });

  test('the portal rings and says so, nobody answers: "no answer" at the ring timeout, not "no network"', async () => {
    const portal = await listen(session);
    try {
      const call = await callAlex();
      // Said at once, well inside the 2 s check, even on a busy machine; the ring is heard on the socket.
      expect((await clinic.api.request(`/api/portal/calls/${call.id}/ringing`, { token: session, json: {} })).status).toBe(200);
      await expect.poll(() => portal.heard.find((e) => e.type === 'incoming-call'), { timeout: 2_000 }).toMatchObject({
        callId: call.id,
        clinicianName: 'Dr Sam Carter',
      });
      await expect.poll(() => statusOf(call.id), { timeout: 6_000, interval: 100 }).toBe('no-answer');
      await expect.poll(() => portal.heard.find((e) => e.type === 'call-ended'), { timeout: 1_000 }).toMatchObject({
        callId: call.id,
        status: 'no-answer',
      });
    } finally {
      portal.close();
    }
  });

  test('answered in time: the patient is straight in the call and the timers leave it alone', async () => {
    const call = await callAlex();
    await clinic.api.request(`/api/portal/calls/${call.id}/ringing`, { token: session, json: {} });
    const answered = await clinic.api.request<{ session: string }>(`/api/portal/calls/${call.id}/accept`, { token: session, json: {} });
    expect(answered.status, answered.text).toBe(200);
    const me = await clinic.api.request<{ participant: { state: string } }>('/api/session', { token: answered.body.session });
    expect(me.body.participant.state).toBe('admitted');
    // Both timers of the call are pending, then fire and are done: the call is still answered.
    const timersOf = async () => (await clinic.dependencies.store.access.pendingTimers()).filter((t) => t.id === call.id).map((t) => t.kind);
    expect((await timersOf()).sort()).toEqual(['ring-check', 'ring-timeout']);
    await expect.poll(timersOf, { timeout: 10_000, interval: 100 }).toEqual([]);
    expect(await statusOf(call.id)).toBe('accepted');
  });
});
