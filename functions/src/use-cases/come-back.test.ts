import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

let api: TestApi;
const host: Claims = staffClaims(['clinician'], 'staff-come-back');

beforeAll(async () => {
  api = await startTestApi('come-back');
});
afterAll(() => api.close());

type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;
const bearer = (session: string) => ({ headers: { authorization: `Bearer ${session}` } });
const stateOf = async (session: string) => (json(await api.call(operations.session, bearer(session))).participant as Json | undefined)?.state;

/** Someone sent a Consult Now link, through the name page: waiting. */
const arrived = async () => {
  const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900321' } });
  const consultationId = (json(sent).consultation as Json).id as string;
  const linkId = (json(sent).link as Json).id as string;
  const token = /\/join#([A-Za-z0-9_-]+)/.exec(api.outside.messages.at(-1)!.body)![1]!;
  const entered = json(await api.call(operations.verify, { json: { token, displayName: 'Pat Back' } }));
  return { consultationId, linkId, participantId: entered.participantId as string, session: entered.session as string };
};

describe('coming back with one’s session after a reload, the Back button or a closed page', () => {
  test('someone who left the call is straight back in, without being admitted again; the host sees them back', async () => {
    const { consultationId, participantId, session } = await arrived();
    await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { participantId } });
    expect((await api.call(operations.leave, bearer(session))).status).toBe(200);
    expect(await stateOf(session)).toBe('admitted');
    const told = api.outside.events.filter((e) => e.topic === `staff#staff-come-back`).at(-1)!.event as Json;
    expect(told).toMatchObject({ type: 'participant-changed', participant: { id: participantId, state: 'admitted' } });
    // Leaving again and coming back again: still in the call.
    await api.call(operations.leave, bearer(session));
    expect(await stateOf(session)).toBe('admitted');
  });

  test('someone who left the waiting room waits again', async () => {
    const { session } = await arrived();
    await api.call(operations.leave, bearer(session));
    expect(await stateOf(session)).toBe('waiting');
  });

  test('someone placed back in the waiting room who then closes the page waits again; someone removed cannot come back', async () => {
    const held = await arrived();
    await api.call(operations.admit, { claims: host, pathParameters: { id: held.consultationId }, json: { participantId: held.participantId } });
    await api.call(operations.holdParticipant, { claims: host, pathParameters: { id: held.consultationId, participantId: held.participantId } });
    await api.call(operations.leave, bearer(held.session));
    expect(await stateOf(held.session)).toBe('waiting');

    const removed = await arrived();
    await api.call(operations.admit, { claims: host, pathParameters: { id: removed.consultationId }, json: { participantId: removed.participantId } });
    await api.call(operations.removeParticipant, { claims: host, pathParameters: { id: removed.consultationId, participantId: removed.participantId } });
    expect((await api.call(operations.session, bearer(removed.session))).status).toBe(401);
  });

  test('"Send a new link" to someone who left: the new link brings them back to the waiting room, the session they had stops working', async () => {
    const { consultationId, linkId, participantId, session } = await arrived();
    await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { participantId } });
    await api.call(operations.leave, bearer(session));
    const sent = await api.call(operations.resendLink, { claims: host, pathParameters: { linkId } });
    expect(sent.status, sent.text).toBe(201);
    const token = /\/join#([A-Za-z0-9_-]+)/.exec(api.outside.messages.at(-1)!.body)![1]!;
    const again = json(await api.call(operations.verify, { json: { token, displayName: 'Pat Back' } }));
    expect(again.participantId).toBe(participantId);
    expect(await stateOf(again.session as string)).toBe('waiting');
    expect((await api.call(operations.session, bearer(session))).status).toBe(401);
  });
});

describe('a consultation nobody came to, whose every link is spent, closes itself', () => {
  const sendLink = async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900654' } });
    return { consultationId: (json(sent).consultation as Json).id as string, linkId: (json(sent).link as Json).id as string };
  };
  const statusOf = async (id: string) => (await api.deps.store.consultations.get(id))?.status;

  test('its one link withdrawn: the dashboard hears it is closed', async () => {
    const { consultationId, linkId } = await sendLink();
    expect((await api.call(operations.revokeLink, { claims: host, pathParameters: { linkId } })).status).toBe(200);
    expect(await statusOf(consultationId)).toBe('cancelled');
    const told = api.outside.events.filter((e) => e.topic === 'staff#staff-come-back').map((e) => e.event as Json);
    expect(told).toContainEqual(expect.objectContaining({ type: 'consultation-changed', consultationId, status: 'cancelled' }));
  });

  test('its one link locked by wrong dates of birth', async () => {
    const patient = json(
      await api.call(operations.createPatient, { claims: host, json: { givenName: 'Lock', familyName: 'Tested', dateOfBirth: '1970-01-01' } }),
    );
    const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: patient.id, mobile: '07700 900655' } });
    const consultationId = (json(sent).consultation as Json).id as string;
    const token = /\/join#([A-Za-z0-9_-]+)/.exec(api.outside.messages.at(-1)!.body)![1]!;
    for (let i = 0; i < 5; i++) await api.call(operations.verify, { json: { token, dateOfBirth: '1971-01-01' } });
    expect(await statusOf(consultationId)).toBe('cancelled');
  });

  test('one of two links withdrawn, or the patient already there: it stays open', async () => {
    const { consultationId, linkId } = await sendLink();
    await api.call(operations.invite, { claims: host, pathParameters: { id: consultationId }, json: { role: 'interpreter', email: 'i@example.org' } });
    await api.call(operations.revokeLink, { claims: host, pathParameters: { linkId } });
    expect(await statusOf(consultationId)).toBe('open');

    const { consultationId: other, participantId } = await arrived();
    const links = Object.values((await api.deps.store.consultations.get(other))!.links);
    await api.call(operations.revokeLink, { claims: host, pathParameters: { linkId: links[0]!.id } });
    expect(await statusOf(other)).toBe('open');
    expect(participantId).toBeDefined();
  });
});
