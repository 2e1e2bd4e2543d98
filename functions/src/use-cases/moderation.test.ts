import { type MediaAllowance, type Operation, operations } from '@clinicall/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Meetings } from '#ports';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

let api: TestApi;
const host: Claims = staffClaims(['clinician'], 'staff-host');
const otherClinician: Claims = staffClaims(['clinician'], 'staff-other');

/** What the use cases asked of the media port, in order. */
let asked: unknown[][] = [];
const recording = (inner: Meetings): Meetings => ({
  join: (...args) => inner.join(...args),
  admit: (c, ids, room) => (asked.push(['admit', [...ids], room]), inner.admit(c, ids, room)),
  allow: (c, room, id, allowance) => (
    asked.push(['allow', room, id, allowance]),
    inner.allow(c, room, id, allowance)
  ),
  allowAllExcept: (c, room, ids, allowance) => (
    asked.push(['allowAllExcept', room, [...ids].sort(), allowance]),
    inner.allowAllExcept(c, room, ids, allowance)
  ),
  remove: (c, id) => (asked.push(['remove', id]), inner.remove(c, id)),
  closeRoom: (c, room) => (asked.push(['closeRoom', room]), inner.closeRoom(c, room)),
  end: (c) => (asked.push(['end', c.id]), inner.end(c)),
});

beforeAll(async () => {
  api = await startTestApi('moderation');
  Object.assign(api.deps, { meetings: recording(api.deps.meetings) });
});
afterAll(() => api.close());
beforeEach(() => {
  asked = [];
});

const tokenOf = (body: string) => /\/join#([A-Za-z0-9_-]+)/.exec(body)![1]!;
type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;
const bearer = (session: string) => ({ headers: { authorization: `Bearer ${session}` } });

/** A Consult Now call with one visitor, and a second person invited, both in the call. */
const callOfTwo = async () => {
  const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900456' } });
  const consultationId = (json(sent).consultation as Json).id as string;
  const enter = async (displayName: string) => {
    const entered = json(
      await api.call(operations.verify, {
        json: { token: tokenOf(api.outside.messages.at(-1)!.body), displayName },
      }),
    );
    return { participantId: entered.participantId as string, session: entered.session as string };
  };
  const pat = await enter('Pat Visitor');
  await api.call(operations.invite, {
    claims: host,
    pathParameters: { id: consultationId },
    json: { role: 'interpreter', email: 'i@example.org' },
  });
  const ines = await enter('Ines Interpreter');
  await api.call(operations.admit, {
    claims: host,
    pathParameters: { id: consultationId },
    json: { all: true },
  });
  asked = [];
  api.outside.events.length = 0;
  return { consultationId, pat, ines };
};

const act = (op: Operation, consultationId: string, participantId: string, claims: Claims = host) =>
  api.call(op, { claims, pathParameters: { id: consultationId, participantId } });

const stateOf = async (consultationId: string, participantId: string) =>
  (await api.deps.store.consultations.get(consultationId))!.participants[participantId]!;

describe('admitting many at once', () => {
  test('asks the media port once, for the people actually let in', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900457' } });
    const consultationId = (json(sent).consultation as Json).id as string;
    const entered = json(
      await api.call(operations.verify, {
        json: { token: tokenOf(api.outside.messages.at(-1)!.body), displayName: 'Sam' },
      }),
    );
    asked = [];
    await api.call(operations.admit, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { all: true },
    });
    expect(asked).toEqual([['admit', [entered.participantId], 'main']]);
    // Nobody left waiting: nothing to ask.
    await api.call(operations.admit, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { all: true },
    });
    expect(asked).toHaveLength(1);
  });
});

describe('back to the waiting room, and out of the consultation', () => {
  test('hold: they wait again, hear it, and their media stops', async () => {
    const { consultationId, pat, ines } = await callOfTwo();
    const held = await act(operations.holdParticipant, consultationId, pat.participantId);
    expect(held.status, held.text).toBe(200);
    expect((await stateOf(consultationId, pat.participantId)).state).toBe('waiting');
    expect(asked).toEqual([['remove', pat.participantId]]);
    const told = api.outside.events.filter((e) => e.audience?.({ topic: '', peerId: pat.participantId }));
    const states = told
      .map((e) => e.event as Json)
      .filter((e) => e.type === 'participant-changed')
      .map((e) => (e.participant as Json).state);
    expect(states).toContain('waiting');
    // The others still in the call see them go; nobody waiting hears of it.
    const heardBy = (peerId: string) =>
      api.outside.events.some(
        (e) =>
          (e.event as Json).type === 'participant-changed' &&
          ((e.event as Json).participant as Json).id === pat.participantId &&
          e.audience?.({ topic: '', peerId }),
      );
    expect(heardBy(ines.participantId)).toBe(true);
    expect(heardBy('someone-waiting')).toBe(false);
    // Their session still works: they are in the waiting room, to be admitted again.
    expect(json(await api.call(operations.session, bearer(pat.session))).participant).toMatchObject({
      state: 'waiting',
    });
    expect((await act(operations.holdParticipant, consultationId, pat.participantId)).status).toBe(409);
  });

  test('remove: out, their session stops working, and removing again changes nothing', async () => {
    const { consultationId, ines } = await callOfTwo();
    const removed = await act(operations.removeParticipant, consultationId, ines.participantId);
    expect(removed.status, removed.text).toBe(200);
    expect(await stateOf(consultationId, ines.participantId)).toMatchObject({ state: 'left' });
    expect((await stateOf(consultationId, ines.participantId)).sessionHash).toBeUndefined();
    expect(asked).toEqual([['remove', ines.participantId]]);
    expect((await api.call(operations.session, bearer(ines.session))).status).toBe(401);
    const before = await api.deps.store.consultations.get(consultationId);
    asked = [];
    api.outside.events.length = 0;
    expect((await act(operations.removeParticipant, consultationId, ines.participantId)).status).toBe(200);
    expect(await api.deps.store.consultations.get(consultationId)).toEqual(before);
    expect(api.outside.events).toEqual([]);
    expect(asked).toEqual([['remove', ines.participantId]]);
  });

  test('leave: their attendee is deleted at once, and leaving again asks nothing more', async () => {
    const { pat } = await callOfTwo();
    expect((await api.call(operations.leave, bearer(pat.session))).status).toBe(200);
    // Their join token stops working: only their session brings them back, with new media.
    expect(asked).toEqual([['remove', pat.participantId]]);
    // A second tab closing: they had already left.
    expect((await api.call(operations.leave, bearer(pat.session))).status).toBe(200);
    expect(asked).toEqual([['remove', pat.participantId]]);
  });

  test('coming back after leaving deletes any attendee left over', async () => {
    const { pat } = await callOfTwo();
    await api.call(operations.leave, bearer(pat.session));
    asked = [];
    // Straight back in the call, with media asked for afresh.
    expect(json(await api.call(operations.session, bearer(pat.session))).participant).toMatchObject({
      state: 'admitted',
    });
    expect(asked).toEqual([['remove', pat.participantId]]);
  });
});

describe('muting', () => {
  const none = (m: MediaAllowance) => m;
  test('one person: their allowance loses the microphone, Chime is told, and only they hear to mute themselves', async () => {
    const { consultationId, pat, ines } = await callOfTwo();
    const muted = await act(operations.muteParticipant, consultationId, pat.participantId);
    expect(muted.status, muted.text).toBe(200);
    expect(asked).toEqual([['allow', 'main', pat.participantId, none({ audio: false, video: true })]]);
    const [told] = api.outside.events.filter((e) => (e.event as Json).type === 'media-stopped');
    expect(told!.event).toEqual({ type: 'media-stopped', consultationId, stop: 'microphone' });
    expect(told!.audience!({ topic: '', peerId: pat.participantId })).toBe(true);
    expect(told!.audience!({ topic: '', peerId: ines.participantId })).toBe(false);
    // Stopping the camera keeps the microphone off: muting is one-way.
    asked = [];
    await act(operations.stopParticipantVideo, consultationId, pat.participantId);
    expect(asked).toEqual([['allow', 'main', pat.participantId, { audio: false, video: false }]]);
    expect((json(muted).participants as Json[]).find((p) => p.id === pat.participantId)).toMatchObject({
      mediaAllowance: { audio: false, video: true },
    });
  });

  test('everyone else: all but the host, one call; a stopped camera is not given back', async () => {
    const { consultationId, pat, ines } = await callOfTwo();
    await act(operations.stopParticipantVideo, consultationId, ines.participantId);
    asked = [];
    api.outside.events.length = 0;
    const muted = await api.call(operations.muteOthers, {
      claims: host,
      pathParameters: { id: consultationId },
    });
    expect(muted.status, muted.text).toBe(200);
    const record = (await api.deps.store.consultations.get(consultationId))!;
    const hostId = Object.values(record.participants).find((p) => p.staffId === 'staff-host')!.id;
    expect(asked).toEqual([
      ['allowAllExcept', 'main', [hostId, ines.participantId].sort(), { audio: false, video: true }],
      ['allow', 'main', ines.participantId, { audio: false, video: false }],
    ]);
    expect(record.participants[pat.participantId]!.mediaAllowance).toEqual({ audio: false, video: true });
    expect(record.participants[hostId]!.mediaAllowance).toBeUndefined();
    const [told] = api.outside.events.filter((e) => (e.event as Json).type === 'media-stopped');
    expect(
      [pat.participantId, ines.participantId, hostId].map((peerId) => told!.audience!({ topic: '', peerId })),
    ).toEqual([true, true, false]);
  });

  test('only by the host: 403 for other staff, 404 for someone unknown, 409 for someone not in the call or the host', async () => {
    const { consultationId, pat } = await callOfTwo();
    const before = await api.deps.store.consultations.get(consultationId);
    expect(
      (await act(operations.muteParticipant, consultationId, pat.participantId, otherClinician)).status,
    ).toBe(403);
    expect(
      (
        await api.call(operations.muteOthers, {
          claims: otherClinician,
          pathParameters: { id: consultationId },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await act(
          operations.removeParticipant,
          consultationId,
          pat.participantId,
          staffClaims(['admin'], 'staff-host'),
        )
      ).status,
    ).toBe(403);
    expect((await act(operations.muteParticipant, consultationId, 'nobody-here')).status).toBe(404);
    expect((await act(operations.muteParticipant, 'no-such-consultation', pat.participantId)).status).toBe(
      404,
    );
    // A participant's own session is not staff.
    const asParticipant = await api.call(operations.muteParticipant, {
      pathParameters: { id: consultationId, participantId: pat.participantId },
      ...bearer(pat.session),
    });
    expect(asParticipant.status).toBe(401);
    expect(await api.deps.store.consultations.get(consultationId)).toEqual(before);
    await act(operations.holdParticipant, consultationId, pat.participantId);
    const notInCall = await act(operations.muteParticipant, consultationId, pat.participantId);
    expect(notInCall.status).toBe(409);
    expect(json(notInCall)).toMatchObject({ error: 'illegal-transition' });
    const hostId = Object.values(before!.participants).find((p) => p.staffId === 'staff-host')!.id;
    expect((await act(operations.muteParticipant, consultationId, hostId)).status).toBe(409);
    expect(asked.filter(([what]) => what === 'allow')).toEqual([]);
  });

  test('a new admission starts afresh', async () => {
    const { consultationId, pat } = await callOfTwo();
    await act(operations.muteParticipant, consultationId, pat.participantId);
    await act(operations.holdParticipant, consultationId, pat.participantId);
    await api.call(operations.admit, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { participantId: pat.participantId },
    });
    expect((await stateOf(consultationId, pat.participantId)).mediaAllowance).toBeUndefined();
  });
});
