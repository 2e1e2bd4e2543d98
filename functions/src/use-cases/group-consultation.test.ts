import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Subscription } from '#ports';
import { createTimerTask } from '../handlers/timer.ts';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, handClock, json, tokenIn } from '../testing/care.ts';
import { consultationTopic, staffTopic } from './announce.ts';

/**
 * Group consultations through the API on dynalite: a session created with a co-moderator, people
 * registered within its 60 places (in a burst too), their links opening 30 minutes before it
 * starts, raised hands and messages to the call, the session's set end by its timer, and one
 * encounter per patient on record who attended.
 */

const minute = 60_000;
const time = handClock('2026-09-01T08:00:00.000Z');
let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;

// From the test staff directory: Dr Test hosts, Mo Member (a clinician) co-moderates.
const host = staffClaims(['clinician'], 'staff-test-1');
const coHost = staffClaims(['clinician'], 'staff-member-2');
const otherClinician = staffClaims(['clinician'], 'staff-other');
const admin = staffClaims(['admin'], 'staff-admin-1');

type Json = Record<string, unknown>;
interface View {
  id: string;
  status: string;
  hostId: string;
  coHostIds?: string[];
  endsAt?: string;
  participants: { id: string; role: string; state: string; staffId?: string; admittedAt?: string; leftAt?: string; handRaisedAt?: string }[];
  links: { id: string; participantId: string; status: string }[];
}

beforeAll(async () => {
  api = await startTestApi('group-consultation', time.clock);
  timerTask = createTimerTask(api.deps);
});
afterAll(() => api.close());

const inMinutes = (minutes: number) => new Date(time.clock.now().getTime() + minutes * minute).toISOString();

const createSession = async (extra: Json = {}): Promise<View> => {
  const created = await api.call(operations.createConsultation, {
    claims: host,
    json: { type: 'group-consultation', title: 'Back care', startsAt: inMinutes(120), durationMinutes: 60, coHostIds: ['staff-member-2'], ...extra },
  });
  expect(created.status, created.text).toBe(201);
  return json(created).consultation as View;
};

const register = (id: string, body: Json, claims = host) => api.call(operations.register, { claims, pathParameters: { id }, json: body });
const view = async (id: string, claims = host) => json(await api.call(operations.getConsultation, { claims, pathParameters: { id } })) as unknown as View;
const openList = async (claims: typeof host) =>
  ((json(await api.call(operations.listConsultations, { claims, query: { status: 'open' } })).consultations as View[]).map((c) => c.id));
const messageTo = (to: string) => api.outside.messages.filter((m) => m.to === to).at(-1)!;

/** Registers someone, opens their link once it is open, proves who they are: answers their session. */
const arrive = async (id: string, body: Json, proof: Json, address = (body.email ?? body.mobile) as string) => {
  const registered = await register(id, body);
  expect(registered.status, registered.text).toBe(201);
  const participantId = (json(registered).link as { participantId: string }).participantId;
  const token = tokenIn(messageTo(address).body, 'join')!;
  const verified = await api.call(operations.verify, { json: { token, ...proof } });
  expect(verified.status, verified.text).toBe(200);
  return { participantId, session: json(verified).session as string };
};

describe('creating a group session', () => {
  test('a clinician creates it with a co-moderator: its end and its contact purge are armed', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const session = await createSession({ description: 'Exercises for the lower back' });
    expect(session).toMatchObject({
      type: 'group-consultation',
      status: 'open',
      hostId: 'staff-test-1',
      title: 'Back care',
      description: 'Exercises for the lower back',
      durationMinutes: 60,
      scheduledFor: '2026-09-01T10:00:00.000Z',
      endsAt: '2026-09-01T11:00:00.000Z',
      coHostIds: ['staff-member-2'],
    });
    expect(session.participants.map((p) => [p.role, p.staffId, p.state]).sort()).toEqual([
      ['clinician', 'staff-test-1', 'admitted'],
      ['moderator', 'staff-member-2', 'admitted'],
    ]);
    expect(api.outside.timers).toContainEqual({ kind: 'session-end', id: session.id, dueAt: '2026-09-01T11:00:00.000Z' });
    expect(api.outside.timers.some((t) => t.kind === 'contact-purge' && t.id === session.id)).toBe(true);
  });

  test('bad requests are 400, others than clinicians 403 or 401, and nothing is created', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const before = await openList(host);
    const base = { type: 'group-consultation', title: 'Back care', startsAt: inMinutes(60), durationMinutes: 60 };
    const refused = await Promise.all([
      api.call(operations.createConsultation, { claims: host, json: { ...base, startsAt: inMinutes(-30) } }),
      api.call(operations.createConsultation, { claims: host, json: { ...base, durationMinutes: 10 } }),
      api.call(operations.createConsultation, { claims: host, json: { ...base, durationMinutes: 241 } }),
      api.call(operations.createConsultation, { claims: host, json: { ...base, title: ' ' } }),
      // A co-moderator must be a clinician of the staff directory.
      api.call(operations.createConsultation, { claims: host, json: { ...base, coHostIds: ['staff-member-1'] } }),
      api.call(operations.createConsultation, { claims: host, json: { ...base, coHostIds: ['nobody-at-all'] } }),
    ]);
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(json(refused[0]).message).toBe('A group session cannot start in the past.');
    expect((await api.call(operations.createConsultation, { claims: admin, json: base })).status).toBe(403);
    expect((await api.call(operations.createConsultation, { json: base })).status).toBe(401);
    expect(await openList(host)).toEqual(before);
  });

  test('the co-moderator sees it on their dashboard; other staff get 404 for every moderator operation', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const session = await createSession();
    expect(await openList(coHost)).toContain(session.id);
    expect(await openList(host)).toContain(session.id);
    expect(await openList(otherClinician)).not.toContain(session.id);
    expect((await api.call(operations.getConsultation, { claims: coHost, pathParameters: { id: session.id } })).status).toBe(200);
    const id = session.id;
    const host1 = session.participants.find((p) => p.staffId === 'staff-test-1')!.id;
    const asOther = await Promise.all([
      api.call(operations.getConsultation, { claims: otherClinician, pathParameters: { id } }),
      register(id, { email: 'x@example.org', displayName: 'X Person' }, otherClinician),
      api.call(operations.withdrawRegistration, { claims: otherClinician, pathParameters: { id, participantId: host1 } }),
      api.call(operations.addCoHost, { claims: otherClinician, pathParameters: { id }, json: { staffId: 'staff-other' } }),
      api.call(operations.handOver, { claims: otherClinician, pathParameters: { id }, json: { staffId: 'staff-other' } }),
      api.call(operations.broadcast, { claims: otherClinician, pathParameters: { id }, json: { message: 'Hello' } }),
      api.call(operations.admit, { claims: otherClinician, pathParameters: { id }, json: { all: true } }),
      api.call(operations.eventTicket, { claims: otherClinician, json: { consultationId: id } }),
      api.call(operations.media, { claims: otherClinician, pathParameters: { id } }),
    ]);
    expect(asOther.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 404]);
    // A co-moderator may not do what only the host does.
    expect((await api.call(operations.addCoHost, { claims: coHost, pathParameters: { id }, json: { staffId: 'staff-test-1' } })).status).toBe(403);
    expect((await api.call(operations.eventTicket, { claims: coHost, json: { consultationId: id } })).status).toBe(201);
  });
});

describe('registering people', () => {
  test('of 62 registered at once exactly 60 get a place; the rest are refused and leave nothing behind', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const { id } = await createSession();
    const sentBefore = api.outside.messages.length;
    const burst = await Promise.all(
      Array.from({ length: 62 }, (_, i) => register(id, { email: `burst${i}@example.org`, displayName: `Burst Person${i}` })),
    );
    const placed = burst.filter((r) => r.status === 201);
    const refused = burst.filter((r) => r.status !== 201);
    expect(placed).toHaveLength(60);
    expect(refused.map((r) => [r.status, json(r).error])).toEqual([
      [409, 'participant-limit'],
      [409, 'participant-limit'],
    ]);
    expect(json(refused[0]!).message).toBe(
      'A group session holds at most 60 people besides its moderators. Withdraw a registration before adding another.',
    );
    const stored = await view(id);
    expect(stored.participants.filter((p) => !p.staffId)).toHaveLength(60);
    expect(stored.links).toHaveLength(60);
    expect(api.outside.messages.length - sentBefore).toBe(60);
    // The refused ones' link pointers went with them: only the sixty placed stand.
    const pointers = await api.dynamo.db.send(
      new ScanCommand({ TableName: 'group-consultation-access', FilterExpression: 'consultationId = :c', ExpressionAttributeValues: { ':c': id } }),
    );
    expect(new Set((pointers.Items ?? []).map((item) => item.linkId as string)).size).toBe(60);

    // The 61st, alone, is refused too; a withdrawn registration frees its place for one more.
    expect((await register(id, { email: 'late@example.org', displayName: 'Late Person' })).status).toBe(409);
    const withdrawn = stored.participants.find((p) => !p.staffId)!;
    const out = await api.call(operations.withdrawRegistration, { claims: coHost, pathParameters: { id, participantId: withdrawn.id } });
    expect(out.status).toBe(200);
    const after = json(out) as unknown as View;
    expect(after.participants.find((p) => p.id === withdrawn.id)!.state).toBe('left');
    expect(after.links.filter((l) => l.participantId === withdrawn.id).map((l) => l.status)).toEqual(['revoked']);
    // Withdrawing again changes nothing and frees no second place.
    expect((await api.call(operations.withdrawRegistration, { claims: host, pathParameters: { id, participantId: withdrawn.id } })).status).toBe(200);
    expect((await register(id, { email: 'late@example.org', displayName: 'Late Person' })).status).toBe(201);
    expect((await register(id, { email: 'later@example.org', displayName: 'Later Person' })).status).toBe(409);
  });

  test('a patient on record proves who they are by date of birth, someone not on record by name, from 30 minutes before', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const { id } = await createSession();
    const patientId = await addPatient(api, host, { givenName: 'Robin', familyName: 'Record', dateOfBirth: '1975-03-02', email: 'robin@example.org' });
    const patient = await register(id, { patientId });
    const guest = await register(id, { mobile: '07700 900777', displayName: 'Gale Guest' });
    expect([patient.status, guest.status]).toEqual([201, 201]);
    const people = (json(guest).consultation as View).participants;
    expect(people.find((p) => p.id === (json(patient).link as { participantId: string }).participantId)!.role).toBe('patient');
    expect(people.find((p) => p.id === (json(guest).link as { participantId: string }).participantId)!.role).toBe('guest');
    const patientLetter = messageTo('robin@example.org');
    expect(patientLetter.subject).toBe('Registered: group video session Tuesday 1 September 2026 at 11:00 (Europe/London time)');
    expect(patientLetter.body).toContain('Back care');
    expect(patientLetter.body).toContain('confirm your date of birth');
    const patientToken = tokenIn(patientLetter.body, 'join')!;
    const firstGuestToken = tokenIn(messageTo('+447700900777').body, 'join')!;
    // Resent, the guest's link keeps the session's window and words; the first one stops working.
    const guestLinkId = (json(guest).link as { id: string }).id;
    const resent = await api.call(operations.resendLink, { claims: coHost, pathParameters: { linkId: guestLinkId } });
    expect(resent.status, resent.text).toBe(201);
    expect((json(resent).link as Json).expiresAt).toBe('2026-09-01T11:00:00.000Z');
    const guestLetter = messageTo('+447700900777');
    expect(guestLetter.body).toMatch(/^Test Clinic: you are registered for a group video session with Dr Test on .* Opens 30 min before: /);
    expect(guestLetter.body).not.toContain('Back care');
    const guestToken = tokenIn(guestLetter.body, 'join')!;
    expect(guestToken).not.toBe(firstGuestToken);

    // An hour before the start (31 minutes before the link opens) it is not open yet.
    time.set('2026-09-01T09:29:00.000Z');
    const early = await api.call(operations.join, { json: { token: patientToken } });
    expect([early.status, json(early).error]).toEqual([409, 'not-open-yet']);
    time.set('2026-09-01T09:30:00.000Z');
    expect(json(await api.call(operations.join, { json: { token: patientToken } }))).toEqual({ next: 'verify-date-of-birth' });
    expect(json(await api.call(operations.join, { json: { token: guestToken } }))).toMatchObject({ next: 'enter-name' });
    expect((await api.call(operations.join, { json: { token: firstGuestToken } })).status).toBe(410);
    const verified = await Promise.all([
      api.call(operations.verify, { json: { token: patientToken, dateOfBirth: '1975-03-02' } }),
      api.call(operations.verify, { json: { token: guestToken, displayName: 'Gale Guest' } }),
    ]);
    expect(verified.map((r) => r.status)).toEqual([200, 200]);
    expect((await view(id)).participants.filter((p) => !p.staffId).map((p) => p.state)).toEqual(['waiting', 'waiting']);
  });
});

describe('in the session', () => {
  test('the co-moderator admits; hands go up and down for the moderators and the call; a message reaches the call but not the waiting', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const { id } = await createSession();
    time.set('2026-09-01T09:55:00.000Z');
    const ann = await arrive(id, { email: 'ann@example.org', displayName: 'Ann Able' }, { displayName: 'Ann Able' });
    const wes = await arrive(id, { email: 'wes@example.org', displayName: 'Wes Waiting' }, { displayName: 'Wes Waiting' });
    const admitted = await api.call(operations.admit, { claims: coHost, pathParameters: { id }, json: { participantId: ann.participantId } });
    expect(admitted.status, admitted.text).toBe(200);
    expect((json(admitted).participants as View['participants']).find((p) => p.id === ann.participantId)).toMatchObject({
      state: 'admitted',
      admittedAt: '2026-09-01T09:55:00.000Z',
    });

    // Waiting, a hand cannot go up.
    expect((await api.call(operations.raiseHand, { ...bearer(wes.session), json: { raised: true } })).status).toBe(403);
    const heardBefore = api.outside.events.length;
    const up = await api.call(operations.raiseHand, { ...bearer(ann.session), json: { raised: true } });
    expect(up.status, up.text).toBe(200);
    expect((json(up).participant as Json).handRaisedAt).toBe('2026-09-01T09:55:00.000Z');
    const heard = api.outside.events.slice(heardBefore);
    const handOf = (topic: string) =>
      heard.filter((e) => e.topic === topic && (e.event as { type: string }).type === 'participant-changed').map((e) => e.event as Json);
    for (const moderator of ['staff-test-1', 'staff-member-2']) {
      const seen = handOf(staffTopic(moderator)).map((e) => e.participant as Json);
      expect(seen.some((p) => p.id === ann.participantId && p.handRaisedAt === '2026-09-01T09:55:00.000Z'), moderator).toBe(true);
    }
    // The call sees the hand, the one waiting hears nothing of it.
    const toTheCall = heard.find(
      (e) => e.topic === consultationTopic(id) && e.audience && !e.audience(listener(ann.participantId, true)) && e.audience(listener(ann.participantId)),
    )!;
    expect((toTheCall.event as { participant: Json }).participant.handRaisedAt).toBe('2026-09-01T09:55:00.000Z');
    expect(heard.filter((e) => e.topic === consultationTopic(id)).some((e) => !e.audience || e.audience(listener(wes.participantId)))).toBe(false);
    const down = await api.call(operations.raiseHand, { ...bearer(ann.session), json: { raised: false } });
    expect((json(down).participant as Json).handRaisedAt).toBeUndefined();
    expect((await view(id)).participants.find((p) => p.id === ann.participantId)!.handRaisedAt).toBeUndefined();

    const sent = await api.call(operations.broadcast, { claims: coHost, pathParameters: { id }, json: { message: '  Five minutes left  ' } });
    expect(sent.status, sent.text).toBe(200);
    const message = api.outside.events.at(-1)!;
    expect(message.event).toEqual({ type: 'broadcast', consultationId: id, from: 'Mo Member', message: 'Five minutes left' });
    expect(message.audience!(listener(ann.participantId))).toBe(true);
    expect(message.audience!(listener(wes.participantId))).toBe(false);
    expect(message.audience!(listener('staff-peer', true))).toBe(true);
    expect((await api.call(operations.broadcast, { claims: host, pathParameters: { id }, json: { message: ' ' } })).status).toBe(400);

    // Held back to the waiting room, Ann's attendance notes when she left.
    await api.call(operations.holdParticipant, { claims: host, pathParameters: { id, participantId: ann.participantId } });
    expect((await view(id)).participants.find((p) => p.id === ann.participantId)).toMatchObject({
      state: 'waiting',
      admittedAt: '2026-09-01T09:55:00.000Z',
      leftAt: '2026-09-01T09:55:00.000Z',
    });
  });

  test('the host hands over to the co-moderator, who becomes host; the former host co-moderates, having left', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const { id } = await createSession();
    expect((await api.call(operations.handOver, { claims: host, pathParameters: { id }, json: { staffId: 'staff-other' } })).status).toBe(400);
    const handed = await api.call(operations.handOver, { claims: host, pathParameters: { id }, json: { staffId: 'staff-member-2' } });
    expect(handed.status, handed.text).toBe(200);
    const after = json(handed) as unknown as View;
    expect(after).toMatchObject({ hostId: 'staff-member-2', hostName: 'Mo Member', coHostIds: ['staff-test-1'] });
    expect(after.participants.find((p) => p.staffId === 'staff-test-1')).toMatchObject({ role: 'moderator', state: 'left' });
    expect(after.participants.find((p) => p.staffId === 'staff-member-2')).toMatchObject({ role: 'clinician' });
    expect(await openList(coHost)).toContain(id);
    expect(await openList(host)).toContain(id);
    // Only the host hands over: the former host no longer may.
    expect((await api.call(operations.handOver, { claims: host, pathParameters: { id }, json: { staffId: 'staff-member-2' } })).status).toBe(403);
    // The new host adds co-moderators from the clinicians of the staff directory only.
    const newHost = coHost;
    expect((await api.call(operations.addCoHost, { claims: newHost, pathParameters: { id }, json: { staffId: 'staff-member-1' } })).status).toBe(400);
  });
});

describe('the end of a session', () => {
  test('the session-end timer ends it at its set end; a completed outcome yields one encounter per patient on record who attended', async () => {
    time.set('2026-09-01T08:00:00.000Z');
    const session = await createSession({ startsAt: inMinutes(10), durationMinutes: 15 });
    const { id } = session;
    const timer = api.outside.timers.find((t) => t.kind === 'session-end' && t.id === id)!;
    expect(timer.dueAt).toBe('2026-09-01T08:25:00.000Z');
    const pat = await addPatient(api, host, { givenName: 'Pat', familyName: 'Present', dateOfBirth: '1960-01-01', email: 'pat@example.org' });
    const kim = await addPatient(api, host, { givenName: 'Kim', familyName: 'Kept', dateOfBirth: '1961-02-02', email: 'kim@example.org' });
    const abe = await addPatient(api, host, { givenName: 'Abe', familyName: 'Absent', dateOfBirth: '1962-03-03', email: 'abe@example.org' });
    const patIn = await arrive(id, { patientId: pat }, { dateOfBirth: '1960-01-01' }, 'pat@example.org');
    const kimIn = await arrive(id, { patientId: kim }, { dateOfBirth: '1961-02-02' }, 'kim@example.org');
    await register(id, { patientId: abe });
    const guestIn = await arrive(id, { email: 'gus@example.org', displayName: 'Gus Guest' }, { displayName: 'Gus Guest' });
    const admitted = await api.call(operations.admit, { claims: host, pathParameters: { id }, json: { all: true } });
    expect((json(admitted).admitted as string[]).sort()).toEqual([patIn.participantId, kimIn.participantId, guestIn.participantId].sort());

    // Gus leaves early: his attendance says when.
    time.set('2026-09-01T08:20:00.000Z');
    expect((await api.call(operations.leave, bearer(guestIn.session))).status).toBe(200);
    expect((await view(id)).participants.find((p) => p.id === guestIn.participantId)).toMatchObject({
      state: 'left',
      admittedAt: '2026-09-01T08:00:00.000Z',
      leftAt: '2026-09-01T08:20:00.000Z',
    });

    // Fired early, it waits again for the set end.
    expect(await timerTask({ ...timer })).toEqual({ kind: 'session-end', id, dueAt: '2026-09-01T08:25:00.000Z' });
    expect((await view(id)).status).toBe('in-progress');
    time.set('2026-09-01T08:25:00.000Z');
    expect(await timerTask({ ...timer })).toEqual({ kind: 'session-end', id });
    const ended = await view(id);
    expect(ended).toMatchObject({ status: 'ended', endedAt: '2026-09-01T08:25:00.000Z' });
    expect(ended.participants.find((p) => p.id === patIn.participantId)).toMatchObject({ state: 'left', leftAt: '2026-09-01T08:25:00.000Z' });
    expect(api.outside.closedTopics).toContain(consultationTopic(id));
    // The co-moderator's dashboard hears it end too.
    const eventOf = (e: { topic: string; event: unknown }) => e.event as Json;
    expect(
      api.outside.events.some(
        (e) => e.topic === staffTopic('staff-member-2') && eventOf(e).type === 'consultation-changed' && eventOf(e).consultationId === id && eventOf(e).status === 'ended',
      ),
    ).toBe(true);
    // Over, it leaves the co-moderator's index: their dashboard reads only sessions still open.
    const coHosting = await api.dynamo.db.send(
      new QueryCommand({
        TableName: 'group-consultation-consultations-v2',
        IndexName: 'byCoHost',
        KeyConditionExpression: 'coHostId = :s',
        ExpressionAttributeValues: { ':s': 'staff-member-2' },
      }),
    );
    expect((coHosting.Items ?? []).filter((item) => item.pk === `consultation#${id}`)).toEqual([]);
    expect(await openList(coHost)).not.toContain(id);
    // Again, it does nothing.
    expect(await timerTask({ ...timer })).toEqual({ kind: 'session-end', id });

    // The host records the outcome afterwards: Pat and Kim attended and are on record, Abe never came, Gus is not on record.
    const encountersBefore = api.outside.encounters.length;
    const outcome = await api.call(operations.endConsultation, { claims: coHost, pathParameters: { id }, json: { result: 'completed', technicalProblems: false } });
    expect(outcome.status, outcome.text).toBe(200);
    const told = api.outside.encounters.slice(encountersBefore);
    expect(told.map((e) => e.subject?.reference).sort()).toEqual([`Patient/${kim}`, `Patient/${pat}`].sort());
    expect(new Set(told.map((e) => e.id)).size).toBe(2);
    const bundle = await api.call(operations.encounter, { claims: host, pathParameters: { id } });
    expect(bundle.status).toBe(200);
    const body = json(bundle) as { resourceType: string; type: string; entry: { resource: { resourceType: string; subject: { reference: string } } }[] };
    expect(body.resourceType).toBe('Bundle');
    expect(body.type).toBe('collection');
    expect(body.entry.map((e) => e.resource.subject.reference).sort()).toEqual([`Patient/${kim}`, `Patient/${pat}`].sort());
  });
});

/** Someone listening on the consultation's topic. */
function listener(peerId: string, staff = false): Subscription {
  return { topic: 'consultation#x', peerId, ...(staff && { staff: true }) };
}
