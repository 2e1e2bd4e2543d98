import { type AuditEntry, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPortalUrl } from '#use-cases/portal-session';
import type { AuditTrail } from '#ports';
import { loadFactory } from '../route-factories.ts';
import { routes } from '../routes.ts';
import { apiEvent, invoke, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { bearer, handClock, json, tokenIn } from '../testing/care.ts';

/**
 * The audit trail on a real (local) DynamoDB: each recorded action leaves one entry with the
 * right actor, action, targets and outcome, and no entry holds a contact detail, a name, a date
 * of birth or a token; the trail reads a page at a time, exports as CSV, and cannot be changed.
 */

const time = handClock('2026-06-01T08:00:00.000Z');
let api: TestApi;
const clinician = staffClaims(['clinician'], 'audit-clinician');
const admin = staffClaims(['admin'], 'audit-admin');
const patient = { givenName: 'Alexandra', familyName: 'Exampleson', dateOfBirth: '1980-04-12', mobile: '07700 900123', email: 'alexandra@example.org' };
const contactDetails = ['+447700900123', '07700 900123', '7700900123', 'alexandra@example.org', 'Alexandra', 'Exampleson', '1980-04-12', 'Pat Guest'];

beforeAll(async () => {
  api = await startTestApi('audit-trail', time.clock);
});
afterAll(() => api.close());

/** Every entry written so far, newest first, read straight from the store. */
const everything = async (): Promise<AuditEntry[]> => (await api.deps.store.audit.query({}, 10_000)).entries;
/** The newest entry, after moving the clock on so that each request's entry sorts after the last. */
const latest = async () => (await api.deps.store.audit.query({}, 1)).entries[0]!;
const call = async (...args: Parameters<TestApi['call']>) => {
  time.advance(1_000);
  return api.call(...args);
};
const tokens: string[] = [];
const lastToken = (kind: 'join' | 'portal') => {
  const token = tokenIn(api.outside.messages.at(-1)!.body, kind)!;
  tokens.push(token);
  return token;
};

describe('what the audit trail records', () => {
  const ids = { patient: '', consultation: '', link: '', participant: '', session: '', host: '' };
  const staffActor = (claims: typeof clinician, roles: string[]) => ({ kind: 'staff', id: claims.sub, roles });

  it('a patient added, read, searched and updated', async () => {
    const added = await call(operations.createPatient, { claims: clinician, json: patient });
    expect(added.status, added.text).toBe(201);
    ids.patient = json(added).id as string;
    expect(await latest()).toMatchObject({
      actor: staffActor(clinician, ['clinician']),
      action: 'patient-added',
      targets: { patientId: ids.patient },
      outcome: 'success',
      clientAddress: '127.0.0.1',
    });
    await call(operations.getPatient, { claims: clinician, pathParameters: { id: ids.patient } });
    expect(await latest()).toMatchObject({ action: 'patient-read', targets: { patientId: ids.patient }, outcome: 'success' });
    await call(operations.searchPatients, { claims: clinician, query: { query: 'Alexandra' } });
    expect(await latest()).toMatchObject({ action: 'patients-searched', targets: {}, outcome: 'success' });
    await call(operations.updatePatient, { claims: clinician, pathParameters: { id: ids.patient }, json: { email: 'alexandra@example.org' } });
    expect(await latest()).toMatchObject({ action: 'patient-updated', targets: { patientId: ids.patient }, outcome: 'success' });
  });

  it('a consultation started, its link extended, re-sent and withdrawn', async () => {
    const started = await call(operations.consultNow, { claims: clinician, json: { patientId: ids.patient } });
    expect(started.status, started.text).toBe(201);
    const { consultation, link } = json(started) as { consultation: { id: string; participants: { id: string; role: string }[] }; link: { id: string } };
    ids.consultation = consultation.id;
    ids.link = link.id;
    ids.participant = consultation.participants.find((p) => p.role === 'patient')!.id;
    ids.host = consultation.participants.find((p) => p.role === 'clinician')!.id;
    lastToken('join');
    expect(await latest()).toMatchObject({
      action: 'consultation-started',
      targets: { patientId: ids.patient, consultationId: ids.consultation, linkId: ids.link },
      outcome: 'success',
    });
    await call(operations.extendLink, { claims: clinician, pathParameters: { linkId: ids.link }, json: { minutes: 5 } });
    expect(await latest()).toMatchObject({ action: 'link-extended', targets: { linkId: ids.link }, outcome: 'success' });
    const resent = await call(operations.resendLink, { claims: clinician, pathParameters: { linkId: ids.link } });
    expect(resent.status, resent.text).toBe(201);
    expect(await latest()).toMatchObject({ action: 'link-resent', targets: { linkId: ids.link }, outcome: 'success' });
    ids.link = (json(resent).link as { id: string }).id;
    lastToken('join');
    // Someone else's link: refused, and recorded with the reason.
    await call(operations.revokeLink, { claims: staffClaims(['clinician'], 'audit-other'), pathParameters: { linkId: ids.link } });
    expect(await latest()).toMatchObject({ actor: { kind: 'staff', id: 'audit-other' }, action: 'link-withdrawn', targets: { linkId: ids.link }, outcome: 'refused', reason: 'not-found' });
  });

  it('a participant’s identity check, failed and passed, and their admission, hold and removal', async () => {
    const token = tokens.at(-1)!;
    const wrong = await call(operations.verify, { json: { token, dateOfBirth: '1980-04-13' } });
    expect(wrong.status).toBe(401);
    expect(await latest()).toMatchObject({ actor: { kind: 'anonymous' }, action: 'participant-verified', outcome: 'refused', reason: 'verification-failed' });
    const right = await call(operations.verify, { json: { token, dateOfBirth: '1980-04-12' } });
    expect(right.status, right.text).toBe(200);
    ids.session = json(right).session as string;
    tokens.push(ids.session);
    expect(await latest()).toMatchObject({
      action: 'participant-verified',
      targets: { consultationId: ids.consultation, participantId: ids.participant },
      outcome: 'success',
    });
    await call(operations.admit, { claims: clinician, pathParameters: { id: ids.consultation }, json: { participantId: ids.participant } });
    expect(await latest()).toMatchObject({ action: 'participant-admitted', targets: { consultationId: ids.consultation, participantId: ids.participant }, outcome: 'success' });
    await call(operations.feedback, { ...bearer(ids.session), json: { technicalProblems: false } });
    expect(await latest()).toMatchObject({ actor: { kind: 'participant', id: ids.participant, consultationId: ids.consultation }, action: 'feedback-given' });
    const held = await call(operations.holdParticipant, { claims: clinician, pathParameters: { id: ids.consultation, participantId: ids.participant } });
    expect(held.status, held.text).toBe(200);
    expect(await latest()).toMatchObject({ action: 'participant-held', targets: { consultationId: ids.consultation, participantId: ids.participant }, outcome: 'success' });
    const removed = await call(operations.removeParticipant, { claims: clinician, pathParameters: { id: ids.consultation, participantId: ids.participant } });
    expect(removed.status, removed.text).toBe(200);
    expect(await latest()).toMatchObject({ action: 'participant-removed', targets: { consultationId: ids.consultation, participantId: ids.participant }, outcome: 'success' });
  });

  it('the call history read, the outcome recorded and its encounter read', async () => {
    await call(operations.listConsultations, { claims: clinician });
    expect(await latest()).toMatchObject({ action: 'consultations-listed', outcome: 'success' });
    await call(operations.getConsultation, { claims: clinician, pathParameters: { id: ids.consultation } });
    expect(await latest()).toMatchObject({ action: 'consultation-read', targets: { consultationId: ids.consultation }, outcome: 'success' });
    const ended = await call(operations.endConsultation, { claims: clinician, pathParameters: { id: ids.consultation }, json: { result: 'completed', technicalProblems: false } });
    expect(ended.status, ended.text).toBe(200);
    expect(await latest()).toMatchObject({ action: 'consultation-ended', targets: { consultationId: ids.consultation, patientId: ids.patient }, outcome: 'success' });
    await call(operations.encounter, { claims: clinician, pathParameters: { id: ids.consultation } });
    expect(await latest()).toMatchObject({ action: 'encounter-read', targets: { consultationId: ids.consultation }, outcome: 'success' });
  });

  it('a patient’s portal sign-in, failed and passed, an appointment proposed and accepted', async () => {
    const token = tokenIn(await newPortalUrl(api.deps, ids.patient), 'portal')!;
    tokens.push(token);
    await call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-13' } });
    expect(await latest()).toMatchObject({ action: 'portal-signed-in', outcome: 'refused', reason: 'verification-failed' });
    const signedIn = await call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-12' } });
    expect(signedIn.status, signedIn.text).toBe(200);
    const session = json(signedIn).session as string;
    tokens.push(session);
    expect(await latest()).toMatchObject({ action: 'portal-signed-in', outcome: 'success' });
    const proposed = await call(operations.proposeAppointment, { claims: clinician, json: { patientId: ids.patient, date: '2026-06-10', time: '10:00', durationMinutes: 30 } });
    expect(proposed.status, proposed.text).toBe(201);
    const appointmentId = json(proposed).id as string;
    expect(await latest()).toMatchObject({ action: 'appointment-proposed', targets: { patientId: ids.patient, appointmentId }, outcome: 'success' });
    await call(operations.acceptAppointment, { ...bearer(session), pathParameters: { id: appointmentId } });
    const accepted = await latest();
    expect(accepted).toMatchObject({ actor: { kind: 'patient', patientId: ids.patient }, action: 'appointment-accepted', targets: { appointmentId }, outcome: 'success' });
    // Found by the patient, whoever acted: the clinician and the patient's own device.
    const ofPatient = (await api.deps.store.audit.query({ patientId: ids.patient }, 500)).entries;
    expect(ofPatient.map((e) => e.id)).toContain(accepted.id);
  });

  it('meeting rooms made, changed and deleted; the trail read, and refused to a clinician', async () => {
    const created = await call(operations.createMeetingRoom, { claims: admin, json: { name: 'Huddle', memberIds: [] } });
    const roomId = (json(created).room as { id: string }).id;
    expect(await latest()).toMatchObject({ actor: staffActor(admin, ['admin']), action: 'meeting-room-created', targets: { meetingRoomId: roomId }, outcome: 'success' });
    await call(operations.updateMeetingRoom, { claims: admin, pathParameters: { id: roomId }, json: { name: 'Team huddle' } });
    expect(await latest()).toMatchObject({ action: 'meeting-room-updated', targets: { meetingRoomId: roomId }, outcome: 'success' });
    await call(operations.deleteMeetingRoom, { claims: admin, pathParameters: { id: roomId } });
    expect(await latest()).toMatchObject({ action: 'meeting-room-deleted', targets: { meetingRoomId: roomId }, outcome: 'success' });
    const refused = await call(operations.audit, { claims: clinician });
    expect(refused.status).toBe(403);
    expect(await latest()).toMatchObject({ actor: staffActor(clinician, ['clinician']), action: 'audit-read', outcome: 'refused', reason: 'forbidden' });
    const read = await call(operations.audit, { claims: admin, query: { patient: ids.patient } });
    expect(read.status, read.text).toBe(200);
    expect(await latest()).toMatchObject({ actor: staffActor(admin, ['admin']), action: 'audit-read', outcome: 'success' });
  });

  it('holds no contact detail, name, date of birth or token in any entry', async () => {
    const all = await everything();
    expect(all.length).toBeGreaterThan(25);
    const text = JSON.stringify(all);
    for (const detail of [...contactDetails, ...tokens]) expect(text, detail).not.toContain(detail);
    const csv = (await call(operations.auditCsv, { claims: admin })).text;
    for (const detail of [...contactDetails, ...tokens]) expect(csv, detail).not.toContain(detail);
  });

  it('refuses, by its type, an entry that would hold a phone number, an email, a date of birth or a name', async () => {
    const entry = { id: 'audit-entry-1', at: '2026-06-01T08:00:00.000Z', actor: { kind: 'anonymous' }, action: 'patient-read', outcome: 'success', targets: {} } as const;
    for (const wrong of [
      { targets: { patientId: '+447700900123' } },
      { targets: { patientId: '07700900123' } },
      { targets: { patientId: 'alexandra@example.org' } },
      { targets: { patientId: '1980-04-12' } },
      { targets: { patientId: 'Alexandra Exampleson' } },
      { name: 'Alexandra' },
      { actor: { kind: 'staff', id: 'audit-clinician', roles: ['clinician'], email: 'clinician@example.org' } },
    ]) {
      await expect(api.deps.store.audit.append({ ...entry, ...wrong } as unknown as AuditEntry), JSON.stringify(wrong)).rejects.toThrow();
    }
    expect((await everything()).map((e) => e.id)).not.toContain('audit-entry-1');
  });
});

describe('reading the trail', () => {
  it('pages through a filter with `next`, each entry once, newest first', async () => {
    const all = (await api.call(operations.audit, { claims: admin, query: { limit: '200' } })).json as { entries: AuditEntry[] };
    const seen: AuditEntry[] = [];
    let next: string | undefined;
    do {
      const page = await api.call(operations.audit, { claims: admin, query: { limit: '4', ...(next && { next }) } });
      expect(page.status, page.text).toBe(200);
      const body = page.json as { entries: AuditEntry[]; next?: string };
      expect(body.entries.length).toBeLessThanOrEqual(4);
      seen.push(...body.entries);
      next = body.next;
    } while (next);
    // Reading writes entries of its own; the pages hold every entry older than the first read.
    const older = seen.filter((e) => e.at <= all.entries[0]!.at);
    expect(older.map((e) => e.id)).toEqual(expect.arrayContaining(all.entries.map((e) => e.id)));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.map((e) => e.at)).toEqual([...seen.map((e) => e.at)].sort().reverse());
  });

  it('filters by person, consultation and time window', async () => {
    const byPerson = (await api.call(operations.audit, { claims: admin, query: { actor: 'audit-admin', limit: '200' } })).json as { entries: AuditEntry[] };
    expect(byPerson.entries.length).toBeGreaterThan(0);
    for (const e of byPerson.entries) expect(e.actor).toMatchObject({ id: 'audit-admin' });
    const from = '2026-06-01T08:00:05.000Z';
    const to = '2026-06-01T08:00:10.000Z';
    const window = (await api.call(operations.audit, { claims: admin, query: { from, to } })).json as { entries: AuditEntry[] };
    expect(window.entries.length).toBe(5);
    for (const e of window.entries) expect(e.at >= from && e.at < to, e.at).toBe(true);
    const withOffset = (await api.call(operations.audit, { claims: admin, query: { from: '2026-06-01T10:00:05+02:00', to: '2026-06-01T10:00:10+02:00' } })).json as { entries: AuditEntry[] };
    expect(withOffset.entries).toEqual(window.entries);
  });

  it('answers 400 to a page marker that is not its own, and to a window that ends before it starts', async () => {
    const first = (await api.call(operations.audit, { claims: admin, query: { limit: '2' } })).json as { next: string };
    const forged = Buffer.from(JSON.stringify({ i: 'byTime', k: { id: 'x', trail: 'audit', sortKey: 'nope' } })).toString('base64url');
    for (const query of <Record<string, string>[]>[
      { next: 'not-a-marker' },
      { next: forged },
      // Another filter's marker, and this filter's marker outside the window asked for.
      { next: first.next, actor: 'audit-admin' },
      { next: first.next, from: '2030-01-01T00:00:00Z' },
      { next: first.next, to: '2020-01-01T00:00:00Z' },
      { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' },
      { limit: '0' },
      { limit: '201' },
      { actor: '07700900123' },
    ]) {
      const response = await api.call(operations.audit, { claims: admin, query });
      expect(response.status, `${JSON.stringify(query)}: ${response.text}`).toBe(400);
      expect(json(response).error).toBe('invalid-request');
    }
  });

  it('exports CSV with a header row and one row per entry', async () => {
    const response = await api.call(operations.auditCsv, { claims: admin, query: { actor: 'audit-clinician' } });
    expect(response.status, response.text).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment/);
    const rows = response.text.trimEnd().split('\r\n');
    expect(rows[0]).toBe('at,actorKind,actorId,actorRoles,action,outcome,reason,patientId,consultationId,participantId,linkId,appointmentId,directCallId,meetingRoomId,staffId,clientAddress');
    const entries = (await api.deps.store.audit.query({ actorId: 'audit-clinician' }, 1000)).entries;
    expect(rows).toHaveLength(entries.length + 1);
    expect(rows[1]!.split(',').slice(0, 5)).toEqual([entries[0]!.at, 'staff', 'audit-clinician', 'clinician', entries[0]!.action]);
  });
});

describe('an append-only trail', () => {
  it('offers no way to change or delete an entry: only GET routes, and every route leaves existing entries as they were', async () => {
    const trailRoutes = routes.filter((r) => r.operation.path.startsWith('/api/audit'));
    expect(trailRoutes.map((r) => `${r.operation.method} ${r.operation.path}`).sort()).toEqual(['GET /api/audit', 'GET /api/audit.csv']);
    const before = await everything();
    const target = before[0]!;
    const attempt = { id: target.id, action: 'patient-read', outcome: 'success', targets: {}, entries: [] };
    for (const { operation } of routes) {
      await api.call(operation, { claims: staffClaims(['admin', 'clinician'], 'audit-admin'), json: attempt, pathParameters: { id: target.id, linkId: target.id, participantId: target.id } });
    }
    const after = await everything();
    for (const entry of before) expect(after.find((e) => e.id === entry.id), entry.id).toEqual(entry);
  });

  it('never writes over an entry: appending the same id again is refused', async () => {
    const [entry] = await everything();
    await expect(api.deps.store.audit.append({ ...entry!, action: 'patient-erased' })).rejects.toThrow(/already written/);
    expect((await everything()).find((e) => e.id === entry!.id)).toEqual(entry);
  });

  it('a change whose entry cannot be written is not reported done; a refusal is still answered 4xx', async () => {
    const failing: AuditTrail = { append: () => Promise.reject(new Error('audit table unavailable')), query: api.deps.store.audit.query };
    const deps = { ...api.deps, store: { ...api.deps.store, audit: failing } };
    const route = routes.find((r) => r.operation.id === 'createPatient')!;
    const handler = (await loadFactory(route))(deps);
    const changed = await invoke(handler, apiEvent(route.operation, { claims: clinician, json: { givenName: 'Bo', familyName: 'Unrecorded', dateOfBirth: '1990-01-01' } }));
    expect(changed.status).toBe(500);
    expect(json(changed).error).toBe('internal');
    const refused = await invoke(handler, apiEvent(route.operation, { claims: clinician, json: { givenName: 'Bo' } }));
    expect(refused.status).toBe(400);
  });
});
