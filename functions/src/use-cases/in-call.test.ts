import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

let api: TestApi;
const host: Claims = staffClaims(['clinician'], 'staff-host');
const otherClinician: Claims = staffClaims(['clinician'], 'staff-other');

beforeAll(async () => {
  api = await startTestApi('in-call');
});
afterAll(() => api.close());

const tokenOf = (body: string) => /\/join#([A-Za-z0-9_-]+)/.exec(body)![1]!;
const latestToken = () => tokenOf(api.outside.messages.at(-1)!.body);

type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;

/** A Consult Now consultation with the patient (someone not on record) admitted. */
const callInProgress = async () => {
  const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900456' } });
  const consultationId = (json(sent).consultation as Json).id as string;
  const entered = await api.call(operations.verify, { json: { token: latestToken(), displayName: 'Pat Visitor' } });
  const { participantId, session } = json(entered) as { participantId: string; session: string };
  await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { participantId } });
  return { consultationId, participantId, session };
};

const invite = (consultationId: string, body: Json, claims: Claims = host) =>
  api.call(operations.invite, { claims, pathParameters: { id: consultationId }, json: body });

describe('being let in', () => {
  test('the person let in is given their media on their own socket only, just before the word that they are in: what asking would give', async () => {
    const before = api.outside.events.length;
    const { consultationId, participantId, session } = await callInProgress();
    const topic = `consultation#${consultationId}`;
    const heard = api.outside.events.slice(before);
    const given = heard.findIndex((e) => (e.event as Json).type === 'admitted-media');
    const media = heard[given]!;
    expect(media.topic).toBe(topic);
    expect(media.audience?.({ topic, peerId: participantId, consultationId })).toBe(true);
    // Not staff (the host's socket in the call included), not anyone else in the call or waiting.
    expect(media.audience?.({ topic, peerId: participantId, consultationId, staff: true })).toBe(false);
    expect(media.audience?.({ topic, peerId: 'someone-else', consultationId })).toBe(false);
    expect(heard.filter((e) => (e.event as Json).type === 'admitted-media')).toHaveLength(1);
    const letIn = heard.findIndex(
      (e) =>
        (e.event as Json).type === 'participant-changed' &&
        ((e.event as Json).participant as Json).id === participantId &&
        ((e.event as Json).participant as Json).state === 'admitted' &&
        e.audience?.({ topic, peerId: participantId, consultationId }),
    );
    expect(given).toBeLessThan(letIn);
    const asked = await api.call(operations.media, { headers: { authorization: `Bearer ${session}` }, pathParameters: { id: consultationId } });
    expect((media.event as Json).credentials).toEqual(asked.json);
    expect((media.event as Json).credentials).toMatchObject({ kind: 'p2p', peerId: participantId });
  });
});

describe('inviting a third person during the call', () => {
  test('sends them their own link (email by default) and they give their name, then wait', async () => {
    const { consultationId } = await callInProgress();
    const invited = await invite(consultationId, { role: 'interpreter', email: 'interpreter@example.net', displayName: 'Ines' });
    expect(invited.status).toBe(201);
    expect(api.outside.messages.at(-1)).toMatchObject({ channel: 'email', to: 'interpreter@example.net' });
    // Their own words: who invites them into a call under way, not the patient's "ready to see you".
    expect(api.outside.messages.at(-1)!.body).toContain('invites you to join a video consultation that is happening now');
    expect(api.outside.messages.at(-1)!.body).not.toContain('ready to see you');
    const token = latestToken();
    // The name the clinician typed is offered to confirm or correct.
    expect(json(await api.call(operations.join, { json: { token } }))).toEqual({ next: 'enter-name', name: 'Ines' });
    const entered = await api.call(operations.verify, { json: { token, displayName: 'Ines Interpreter' } });
    const session = json(entered).session as string;
    const me = json(await api.call(operations.session, { headers: { authorization: `Bearer ${session}` } }));
    expect(me.participant).toMatchObject({ role: 'interpreter', state: 'waiting', displayName: 'Ines Interpreter' });
  });

  test('by a mobile number in any format with a country code, normalised', async () => {
    const { consultationId } = await callInProgress();
    const invited = await invite(consultationId, { role: 'support-person', mobile: '+46 (0)70-123 45 67' });
    expect(invited.status, invited.text).toBe(201);
    expect(api.outside.messages.at(-1)).toMatchObject({ channel: 'sms', to: '+46701234567' });
    // No name was typed: none is offered (not the role's stand-in, "Support person").
    expect(json(await api.call(operations.join, { json: { token: latestToken() } }))).toEqual({ next: 'enter-name' });
  });

  test('"admit when they arrive" skips the waiting room', async () => {
    const { consultationId } = await callInProgress();
    await invite(consultationId, { role: 'colleague', email: 'colleague@example.org', admitOnArrival: true });
    const entered = await api.call(operations.verify, { json: { token: latestToken(), displayName: 'Dr Col League' } });
    const me = json(await api.call(operations.session, { headers: { authorization: `Bearer ${json(entered).session as string}` } }));
    expect(me.participant).toMatchObject({ state: 'admitted' });
  });

  test('holds at most three others: the fourth invitation is refused with a clear message and changes nothing', async () => {
    const { consultationId } = await callInProgress();
    for (const role of ['interpreter', 'support-person', 'colleague']) {
      expect((await invite(consultationId, { role, email: `${role}@example.org` })).status).toBe(201);
    }
    const before = await api.deps.store.consultations.get(consultationId);
    const sentBefore = api.outside.messages.length;
    const fourth = await invite(consultationId, { role: 'colleague', email: 'one-too-many@example.org' });
    expect(fourth.status).toBe(409);
    expect(json(fourth)).toMatchObject({ error: 'participant-limit' });
    expect(json(fourth).message).toMatch(/at most the clinician, the patient and 3 other people/);
    expect(await api.deps.store.consultations.get(consultationId)).toEqual(before);
    expect(api.outside.messages.length).toBe(sentBefore);
  });

  test('only by the host', async () => {
    const { consultationId } = await callInProgress();
    expect((await invite(consultationId, { role: 'colleague', email: 'x@example.org' }, otherClinician)).status).toBe(404);
  });
});

describe('the participant’s session', () => {
  test('carries the device check to the clinician’s view of the consultation', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { email: 'someone@example.org' } });
    const consultationId = (json(sent).consultation as Json).id as string;
    const entered = await api.call(operations.verify, { json: { token: latestToken(), displayName: 'Sam' } });
    const bearer = { authorization: `Bearer ${json(entered).session as string}` };
    const check = { camera: 'ok', microphone: 'silent', speaker: 'not-tested', connection: 'poor', roundTripMs: 900 };
    expect((await api.call(operations.deviceCheck, { headers: bearer, json: check })).status).toBe(200);
    const view = json(await api.call(operations.getConsultation, { claims: host, pathParameters: { id: consultationId } }));
    const guest = (view.participants as Json[]).find((p) => p.role === 'patient')!;
    expect(guest.deviceCheck).toEqual(check);
    expect((await api.call(operations.deviceCheck, { headers: bearer, json: { ...check, camera: 'great' } })).status).toBe(400);
  });

  test('leaving marks them left; coming back with the same session (a reload) puts them straight back in the call', async () => {
    const { session, participantId, consultationId } = await callInProgress();
    const bearer = { authorization: `Bearer ${session}` };
    expect((await api.call(operations.leave, { headers: bearer })).status).toBe(200);
    const after = await api.deps.store.consultations.get(consultationId);
    expect(after!.participants[participantId]!.state).toBe('left');
    const back = json(await api.call(operations.session, { headers: bearer }));
    expect(back.participant).toMatchObject({ state: 'admitted' });
  });

  test('a network drop does not change the state: still admitted, media credentials still given', async () => {
    const { session, consultationId } = await callInProgress();
    const bearer = { authorization: `Bearer ${session}` };
    expect(json(await api.call(operations.session, { headers: bearer })).participant).toMatchObject({ state: 'admitted' });
    const media = await api.call(operations.media, { headers: bearer, pathParameters: { id: consultationId } });
    expect(media.status).toBe(200);
  });
});

describe('ending', () => {
  test('a completed consultation is handed to the organisation’s systems as a FHIR Encounter; an unsuccessful one is not', async () => {
    const completed = await callInProgress();
    const before = api.outside.encounters.length;
    await api.call(operations.endConsultation, {
      claims: host,
      pathParameters: { id: completed.consultationId },
      json: { result: 'completed', technicalProblems: false },
    });
    expect(api.outside.encounters.length).toBe(before + 1);
    expect(api.outside.encounters.at(-1)).toMatchObject({ resourceType: 'Encounter', id: completed.consultationId, status: 'finished' });
    const served = await api.call(operations.encounter, { claims: host, pathParameters: { id: completed.consultationId } });
    expect(served.status).toBe(200);
    expect(served.json).toEqual(api.outside.encounters.at(-1));

    const failed = await callInProgress();
    await api.call(operations.endConsultation, {
      claims: host,
      pathParameters: { id: failed.consultationId },
      json: { result: 'unsuccessful', technicalProblems: true },
    });
    expect(api.outside.encounters.length).toBe(before + 1);
    const none = await api.call(operations.encounter, { claims: host, pathParameters: { id: failed.consultationId } });
    expect(none.status).toBe(404);
  });
});
