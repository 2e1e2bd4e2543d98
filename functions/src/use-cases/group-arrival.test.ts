import { applyConsultationEvent, type Consultation, operations, type ServerEvent } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { openGroup } from '../testing/group.ts';
import { consultationTopic, staffTopic } from './announce.ts';

/**
 * A group of sixty, through the route table's handlers on dynalite: everyone arrives, proves
 * their date of birth and waits at the same moment, then the host lets them all in at once.
 * Each person's arrival writes their own item, so nobody is turned away as "busy".
 */

const size = 60;
const host: Claims = staffClaims(['clinician'], 'group-host');
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('group-arrival');
});
afterAll(() => api.close());

type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;

describe('sixty people of one group consultation', () => {
  it('arrive, prove who they are and wait together, then are all admitted in one call and each hears it', async () => {
    const { consultationId, members } = await openGroup(api.deps, host.sub as string, size);
    const heldBefore = json(await api.call(operations.getConsultation, { claims: host, pathParameters: { id: consultationId } })) as unknown as Consultation;
    const from = api.outside.events.length;

    const arrivals = await Promise.all(
      members.map(async ({ token, dateOfBirth }) => {
        const joined = await api.call(operations.join, { json: { token } });
        const verified = await api.call(operations.verify, { json: { token, dateOfBirth } });
        const session = verified.status === 200 ? (json(verified).session as string) : undefined;
        const me = session && (await api.call(operations.session, { headers: { authorization: `Bearer ${session}` } }));
        return { joined, verified, me };
      }),
    );
    const refused = arrivals.filter(({ joined, verified, me }) => joined.status !== 200 || verified.status !== 200 || !me || me.status !== 200);
    expect(refused.map(({ verified }) => verified.text)).toEqual([]);
    for (const { me } of arrivals) expect(json(me as { json: unknown }).participant).toMatchObject({ state: 'waiting' });

    const before = api.outside.events.length;
    const admitted = await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { all: true } });
    expect(admitted.status, admitted.text).toBe(200);
    const patients = (json(admitted).participants as { id: string; role: string; state: string }[]).filter((p) => p.role === 'patient');
    expect(patients).toHaveLength(size);
    expect(patients.every((p) => p.state === 'admitted')).toBe(true);
    expect(json(admitted).status).toBe('in-progress');

    // Each person hears of their own admission on the consultation's topic, as themselves.
    const heard = api.outside.events.slice(before).filter(({ topic }) => topic === consultationTopic(consultationId));
    for (const { participantId } of members) {
      const mine = heard.filter(({ event, audience }) => {
        const changed = event as { type: string; participant?: { id: string; state: string } };
        return changed.type === 'participant-changed' && changed.participant?.id === participantId && changed.participant.state === 'admitted' && audience?.({ topic: consultationTopic(consultationId), peerId: participantId });
      });
      expect(mine, participantId).toHaveLength(1);
    }

    // The host's screen, holding the consultation as fetched before anyone came, applies what the
    // events on the host's topic say and ends up with what a fetch now answers.
    const staffEvents = api.outside.events.slice(from).filter(({ topic }) => topic === staffTopic(host.sub as string));
    const held = staffEvents.reduce((c, { event }) => applyConsultationEvent(c, event as ServerEvent), heldBefore);
    const now = json(await api.call(operations.getConsultation, { claims: host, pathParameters: { id: consultationId } }));
    expect(held).toEqual(now);

    // Someone waiting heard of themselves only, and only who and where they are.
    const onTopic = api.outside.events.slice(from).filter(({ topic }) => topic === consultationTopic(consultationId));
    const first = members[0]!.participantId;
    const heardByFirst = onTopic.filter(({ audience }) => audience?.({ topic: consultationTopic(consultationId), peerId: first }));
    const arrivedOnly = heardByFirst.filter(({ event }) => (event as { participant?: { state: string } }).participant?.state === 'waiting');
    expect(arrivedOnly.map(({ event }) => (event as { participant: { id: string } }).participant.id)).toEqual([first]);
    expect(Object.keys((arrivedOnly[0]!.event as { participant: object }).participant).sort()).toEqual(['displayName', 'id', 'role', 'state']);

    // And the store agrees, read again whole.
    const stored = await api.deps.store.consultations.get(consultationId);
    expect(Object.values(stored!.participants).filter((p) => p.state === 'admitted')).toHaveLength(size + 1);
  }, 180_000);

  it('admits only those listed, passing over someone who is no longer waiting', async () => {
    const { consultationId, members } = await openGroup(api.deps, host.sub as string, 3);
    const sessions: string[] = [];
    for (const { token, dateOfBirth } of members.slice(0, 2)) {
      sessions.push(json(await api.call(operations.verify, { json: { token, dateOfBirth } })).session as string);
    }
    await api.call(operations.leave, { headers: { authorization: `Bearer ${sessions[1]!}` } });
    const listed = members.map((m) => m.participantId);
    const admitted = await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { participantIds: listed } });
    expect(admitted.status, admitted.text).toBe(200);
    const states = Object.fromEntries((json(admitted).participants as { id: string; state: string }[]).map((p) => [p.id, p.state]));
    expect(listed.map((id) => states[id])).toEqual(['admitted', 'left', 'invited']);

    const stranger = await api.call(operations.admit, { claims: host, pathParameters: { id: consultationId }, json: { participantIds: ['someone-else'] } });
    expect(stranger.status).toBe(404);
  }, 60_000);
});
