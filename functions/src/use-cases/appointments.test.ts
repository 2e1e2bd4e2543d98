import { operations, Portal } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTimerTask } from '../handlers/timer.ts';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, bearer, handClock, json, portalSession, tokenIn } from '../testing/care.ts';

/**
 * Appointments from proposal to outcome, through the route table's handlers on dynalite, with a
 * clock moved by hand and the timer task run at the moments the timer would wake.
 */

const time = handClock('2026-03-20T10:00:00.000Z');
let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;
const host: Claims = { ...staffClaims(['clinician'], 'staff-host'), name: 'Dr Ada Host' };
let alex = '';
let sam = '';

beforeAll(async () => {
  api = await startTestApi('appointments', time.clock);
  timerTask = createTimerTask(api.deps);
  alex = await addPatient(api, host, {
    givenName: 'Alex',
    familyName: 'Example',
    dateOfBirth: '1980-04-12',
    mobile: '07700 900123',
    email: 'alex@example.org',
  });
  sam = await addPatient(api, host, { givenName: 'Sam', familyName: 'Mobile', dateOfBirth: '1990-01-31', mobile: '07700 900456' });
});
afterAll(() => api.close());

type Json = Record<string, unknown>;
const propose = (body: Json, claims: Claims = host) =>
  api.call(operations.proposeAppointment, { claims, json: { patientId: alex, durationMinutes: 30, ...body } });
const staffCall = (op: (typeof operations)[keyof typeof operations], id: string, body?: Json) =>
  api.call(op, { claims: host, pathParameters: { id }, ...(body && { json: body }) });
const asPatient = (op: (typeof operations)[keyof typeof operations], session: string, id?: string, body?: Json) =>
  api.call(op, { ...bearer(session), ...(id && { pathParameters: { id } }), ...(body && { json: body }) });
const lastMessage = () => api.outside.messages.at(-1)!;
const eventsOf = (topic: string) => api.outside.events.filter((e) => e.topic === topic).map((e) => e.event as Json);
const timersOf = (id: string) => api.outside.timers.filter((t) => t.id.startsWith(`${id}.`));

/** A fresh proposal to Alex at 09:00 London on the given day, and Alex's portal session. */
const proposed = async (date = '2026-03-30', extra: Json = {}) => {
  time.set('2026-03-20T10:00:00.000Z');
  const response = await propose({ date, time: '09:00', ...extra });
  expect(response.status, response.text).toBe(201);
  return { appointment: json(response), session: await portalSession(api, alex, '1980-04-12') };
};

/** Proposed and accepted by Alex in the portal. */
const scheduled = async (extra: Json = {}) => {
  const { appointment, session } = await proposed('2026-03-30', extra);
  const accepted = await asPatient(operations.acceptAppointment, session, appointment.id as string);
  expect(accepted.status, accepted.text).toBe(200);
  return { appointment: json(accepted), session };
};

describe('proposing an appointment', () => {
  test('09:00 London the morning after the clocks change is stored as 08:00Z and told to the patient as 09:00 London', async () => {
    const response = await propose({ date: '2026-03-30', time: '09:00', note: 'Review of your results' });
    expect(response.status, response.text).toBe(201);
    const appointment = json(response);
    expect(appointment).toMatchObject({
      status: 'proposed',
      startsAt: '2026-03-30T08:00:00.000Z',
      timeZone: 'Europe/London',
      durationMinutes: 30,
      clinicianName: 'Dr Ada Host',
      patientName: 'Alex Example',
      note: 'Review of your results',
    });
    // Email by default; the portal link in the fragment; the time on the wall clock with the zone named.
    const message = lastMessage();
    expect(message).toMatchObject({ channel: 'email', to: 'alex@example.org' });
    expect(message.body).toContain('Monday 30 March 2026 at 09:00 (Europe/London time)');
    expect(tokenIn(message.body, 'portal')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(message.body).toContain('https://clinic.example.org/portal#');
    expect(message.body).not.toContain('1980-04-12');
    expect(eventsOf('staff#staff-host').at(-1)).toEqual({ type: 'appointment-changed', appointmentId: appointment.id, status: 'proposed' });
  });

  test('in another zone when asked, and by SMS when asked or when there is no email', async () => {
    const newYork = await propose({ date: '2026-03-31', time: '09:00', timeZone: 'America/New_York', channel: 'sms' });
    expect(json(newYork)).toMatchObject({ startsAt: '2026-03-31T13:00:00.000Z', timeZone: 'America/New_York' });
    expect(lastMessage()).toMatchObject({ channel: 'sms', to: '+447700900123' });
    expect(lastMessage().body).toContain('09:00 (America/New_York time)');
    await propose({ patientId: sam, date: '2026-03-31', time: '10:00' });
    expect(lastMessage()).toMatchObject({ channel: 'sms', to: '+447700900456' });
  });

  test('is refused, with nothing stored or sent, for a time passed or skipped, an unknown patient, an impossible channel or a non-clinician', async () => {
    const sent = api.outside.messages.length;
    const refusals: [Json, number, string, Claims?][] = [
      [{ date: '2026-03-19', time: '09:00' }, 400, 'invalid-request'],
      [{ date: '2026-03-29', time: '01:30' }, 400, 'invalid-request'],
      [{ date: '2026-13-01', time: '09:00' }, 400, 'invalid-request'],
      [{ date: '2026-04-01', time: '25:00' }, 400, 'invalid-request'],
      [{ date: '2026-04-01', time: '09:00', timeZone: 'Mars/Olympus' }, 400, 'invalid-request'],
      [{ date: '2026-04-01', time: '09:00', patientId: 'patient-nobody' }, 404, 'not-found'],
      [{ date: '2026-04-01', time: '09:00', patientId: sam, channel: 'email' }, 400, 'invalid-request'],
      [{ date: '2026-04-01', time: '09:00', extras: [{ role: 'interpreter' }] }, 400, 'invalid-request'],
      [{ date: '2026-04-01', time: '09:00' }, 403, 'forbidden', staffClaims(['admin'], 'staff-admin')],
    ];
    for (const [body, status, error, claims] of refusals) {
      const response = await propose(body, claims);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(json(response).error).toBe(error);
    }
    expect(api.outside.messages.length).toBe(sent);
  });
});

describe('the patient portal', () => {
  test('opens from the link in the message with the date of birth, and lists the proposal to answer', async () => {
    const { appointment } = await proposed();
    const token = tokenIn(lastMessage().body, 'portal')!;
    const signedIn = await api.call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-12' } });
    expect(signedIn.status, signedIn.text).toBe(200);
    const { session, expiresAt } = json(signedIn) as { session: string; expiresAt: string };
    expect(session).toMatch(/^pp1\./);
    expect(Date.parse(expiresAt) - time.clock.now().getTime()).toBe(30 * 24 * 3_600_000);
    const portal = Portal.parse(json(await asPatient(operations.portal, session)));
    expect(portal.patient).toEqual({ givenName: 'Alex' });
    expect(portal.todo.map((a) => a.id)).toContain(appointment.id);
    // The link works again, until it expires.
    expect((await api.call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-12', rememberDevice: false } })).status).toBe(200);
  });

  test('locks a link after five wrong dates of birth, every failure answered alike', async () => {
    await proposed();
    const token = tokenIn(lastMessage().body, 'portal')!;
    const signIn = (dateOfBirth: string) => api.call(operations.portalSignIn, { json: { token, dateOfBirth } });
    const failures = [];
    for (const wrong of ['1980-04-13', '1981-04-12', '1980-12-04', '2000-01-01']) failures.push(await signIn(wrong));
    expect(failures.map((f) => f.status)).toEqual([401, 401, 401, 401]);
    expect(failures.map((f) => json(f).attemptsLeft)).toEqual([4, 3, 2, 1]);
    expect(new Set(failures.map((f) => JSON.stringify({ ...json(f), attemptsLeft: 0 }))).size).toBe(1);
    expect(json(await signIn('1970-01-01'))).toMatchObject({ error: 'link-locked' });
    const right = await signIn('1980-04-12');
    expect(right.status).toBe(410);
    expect(json(right).error).toBe('link-locked');
  });

  test('refuses an unknown link (404) and one past its 30 days (410)', async () => {
    await proposed();
    const token = tokenIn(lastMessage().body, 'portal')!;
    expect((await api.call(operations.portalSignIn, { json: { token: 'x'.repeat(43), dateOfBirth: '1980-04-12' } })).status).toBe(404);
    time.advance(31 * 24 * 3_600_000);
    const late = await api.call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-12' } });
    expect(json(late).error).toBe('link-expired');
  });

  test('a session ends when the device signs out, or after 12 hours when it was not to be remembered', async () => {
    await proposed();
    const token = tokenIn(lastMessage().body, 'portal')!;
    const brief = json(await api.call(operations.portalSignIn, { json: { token, dateOfBirth: '1980-04-12', rememberDevice: false } }));
    expect(Date.parse(brief.expiresAt as string) - time.clock.now().getTime()).toBe(12 * 3_600_000);
    time.advance(12 * 3_600_000);
    expect((await asPatient(operations.portal, brief.session as string)).status).toBe(401);
    const session = await portalSession(api, alex, '1980-04-12');
    expect((await asPatient(operations.portalSignOut, session)).status).toBe(200);
    expect((await asPatient(operations.portal, session)).status).toBe(401);
  });
});

describe('the patient answers', () => {
  test('accept: scheduled, a consultation made with the patient and the extra people, extras sent their links, reminders and the end armed', async () => {
    const extras = [
      { role: 'interpreter', email: 'ines@example.net', displayName: 'Ines' },
      { role: 'support-person', mobile: '07700 900777' },
    ];
    const { appointment } = await scheduled({ extras });
    expect(appointment.status).toBe('scheduled');
    const consultation = (await api.deps.store.consultations.get(appointment.consultationId as string))!;
    // Listed under the appointment's time, not when it was accepted.
    expect(consultation).toMatchObject({
      type: 'individual-appointment',
      status: 'open',
      hostId: 'staff-host',
      patientId: alex,
      scheduledFor: '2026-03-30T08:00:00.000Z',
    });
    expect(Object.values(consultation.participants).map((p) => `${p.role}:${p.state}`).sort()).toEqual([
      'clinician:admitted',
      'interpreter:invited',
      'patient:invited',
      'support-person:invited',
    ]);
    const links = Object.values(consultation.links);
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toMatchObject({ validFrom: '2026-03-30T07:30:00.000Z', expiresAt: '2026-03-30T08:30:00.000Z', status: 'issued' });
    }
    const [ines, support] = api.outside.messages.slice(-2);
    expect(ines).toMatchObject({ channel: 'email', to: 'ines@example.net' });
    expect(support).toMatchObject({ channel: 'sms', to: '+447700900777' });
    expect(timersOf(appointment.id as string).map((t) => [t.kind, t.dueAt])).toEqual([
      ['appointment-reminder', '2026-03-29T08:00:00.000Z'],
      ['appointment-end', '2026-03-30T08:30:00.000Z'],
    ]);
    expect(eventsOf('staff#staff-host').at(-2)).toEqual({ type: 'appointment-changed', appointmentId: appointment.id, status: 'scheduled' });

    // An extra person's link opens 30 minutes before the start, not earlier, and asks for a name.
    const token = tokenIn(ines!.body, 'join')!;
    const early = await api.call(operations.join, { json: { token } });
    expect(early.status).toBe(409);
    expect(json(early)).toMatchObject({ error: 'not-open-yet', opensAt: '2026-03-30T07:30:00.000Z' });
    time.set('2026-03-30T07:30:00.000Z');
    expect(json(await api.call(operations.join, { json: { token } }))).toEqual({ next: 'enter-name', name: 'Ines' });
  });

  test('a proposal can be accepted once; a time passed cannot be accepted', async () => {
    const { appointment, session } = await scheduled();
    expect(json(await asPatient(operations.acceptAppointment, session, appointment.id as string)).error).toBe('illegal-transition');
    const late = await proposed();
    time.set('2026-03-30T08:00:00.000Z');
    const timers = api.outside.timers.length;
    expect(json(await asPatient(operations.acceptAppointment, late.session, late.appointment.id as string)).error).toBe('illegal-transition');
    expect(api.outside.timers.length).toBe(timers);
  });

  test('reject with a reason: the care team hears at once and sees it needing action; a new time goes out and is accepted', async () => {
    const { appointment, session } = await proposed();
    const id = appointment.id as string;
    const rejected = await asPatient(operations.rejectAppointment, session, id, { reason: 'I am at work', preferredTimes: 'Afternoons' });
    expect(json(rejected)).toMatchObject({ status: 'rejected', rejection: { reason: 'I am at work', preferredTimes: 'Afternoons' } });
    expect(eventsOf('staff#staff-host').at(-1)).toEqual({ type: 'appointment-changed', appointmentId: id, status: 'rejected' });
    const needsAction = json(await api.call(operations.listAppointments, { claims: host, query: { view: 'needs-action' } }));
    expect((needsAction.appointments as Json[]).map((a) => a.id)).toContain(id);

    const moved = await staffCall(operations.rescheduleAppointment, id, { date: '2026-03-31', time: '14:00' });
    expect(json(moved)).toMatchObject({ status: 'proposed', startsAt: '2026-03-31T13:00:00.000Z' });
    expect(json(moved).rejection).toBeUndefined();
    expect(lastMessage().body).toContain('new time');
    expect(lastMessage().body).toContain('Tuesday 31 March 2026 at 14:00 (Europe/London time)');
    const after = json(await api.call(operations.listAppointments, { claims: host, query: { view: 'needs-action' } }));
    expect((after.appointments as Json[]).map((a) => a.id)).not.toContain(id);
    expect(json(await asPatient(operations.acceptAppointment, session, id)).status).toBe('scheduled');
    const upcoming = json(await api.call(operations.listAppointments, { claims: host, query: { view: 'upcoming' } }));
    expect((upcoming.appointments as Json[]).find((a) => a.id === id)).toMatchObject({ status: 'scheduled' });
  });

  test('rescheduling a scheduled appointment lets its consultation go; the old timers then do nothing', async () => {
    const { appointment, session } = await scheduled({ extras: [{ role: 'colleague', email: 'col@example.org' }] });
    const id = appointment.id as string;
    const oldConsultation = appointment.consultationId as string;
    const oldToken = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
    const [reminder, end] = timersOf(id);
    const moved = await staffCall(operations.rescheduleAppointment, id, { date: '2026-04-02', time: '09:00', durationMinutes: 45 });
    expect(json(moved)).toMatchObject({ status: 'proposed', durationMinutes: 45 });
    expect(json(moved).consultationId).toBeUndefined();
    expect((await api.deps.store.consultations.get(oldConsultation))?.status).toBe('cancelled');
    expect(api.outside.messages.some((m) => m.to === 'col@example.org' && m.body.includes('cancelled or moved'))).toBe(true);
    time.set('2026-03-30T07:30:00.000Z');
    expect(json(await api.call(operations.join, { json: { token: oldToken } })).error).toBe('link-revoked');
    // The timers of the old time wake and find nothing to do.
    const sent = api.outside.messages.length;
    expect(await timerTask(reminder)).toEqual({ kind: 'appointment-reminder', id: reminder!.id });
    time.set('2026-03-30T09:00:00.000Z');
    expect(await timerTask(end)).toEqual({ kind: 'appointment-end', id: end!.id });
    expect(json(await staffCall(operations.getAppointment, id)).status).toBe('proposed');
    expect(api.outside.messages.length).toBe(sent);
    // Accepting the new time makes a new consultation.
    time.set('2026-03-31T10:00:00.000Z');
    const accepted = json(await asPatient(operations.acceptAppointment, session, id));
    expect(accepted.consultationId).not.toBe(oldConsultation);
  });

  test('cancel: the patient is told, the consultation called off and the links stop working', async () => {
    const { appointment } = await scheduled({ extras: [{ role: 'interpreter', email: 'ines@example.net' }] });
    const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
    const cancelled = await staffCall(operations.cancelAppointment, appointment.id as string, { reason: 'The clinic is closed that day.' });
    expect(json(cancelled).status).toBe('cancelled');
    const toAlex = api.outside.messages.filter((m) => m.to === 'alex@example.org').at(-1)!;
    expect(toAlex.body).toContain('is cancelled');
    expect(toAlex.body).toContain('The clinic is closed that day.');
    expect(tokenIn(toAlex.body, 'portal')).toBeDefined();
    expect((await api.deps.store.consultations.get(appointment.consultationId as string))?.status).toBe('cancelled');
    time.set('2026-03-30T07:45:00.000Z');
    expect(json(await api.call(operations.join, { json: { token } })).error).toBe('link-revoked');
    expect(json(await staffCall(operations.cancelAppointment, appointment.id as string, {})).error).toBe('illegal-transition');
  });
});

describe('at the time', () => {
  test('the portal lets the patient in from 30 minutes before to the end: waiting room, then admitted', async () => {
    const { appointment, session } = await scheduled();
    const id = appointment.id as string;
    time.set('2026-03-30T07:29:00.000Z');
    const early = await asPatient(operations.joinAppointment, session, id);
    expect(early.status).toBe(409);
    expect(json(early)).toMatchObject({ error: 'not-open-yet', opensAt: '2026-03-30T07:30:00.000Z' });
    time.set('2026-03-30T07:30:00.000Z');
    const entered = json(await asPatient(operations.joinAppointment, session, id));
    expect(entered.consultationId).toBe(appointment.consultationId);
    const me = json(await api.call(operations.session, bearer(entered.session as string)));
    expect(me).toMatchObject({ consultation: { type: 'individual-appointment', status: 'open' }, participant: { role: 'patient', state: 'waiting' } });
    // The clinician admits, ends with an outcome: the appointment shows it.
    await staffCall(operations.admit, entered.consultationId as string, { participantId: entered.participantId as string });
    await staffCall(operations.endConsultation, entered.consultationId as string, { result: 'unsuccessful', technicalProblems: true });
    const done = json(await staffCall(operations.getAppointment, id));
    expect(done).toMatchObject({ status: 'completed', outcome: { result: 'unsuccessful', technicalProblems: true } });
    const portal = Portal.parse(json(await asPatient(operations.portal, session)));
    expect(portal.past.find((a) => a.id === id)?.outcome?.result).toBe('unsuccessful');
    const past = json(await api.call(operations.listAppointments, { claims: host, query: { view: 'past' } }));
    expect((past.appointments as Json[]).map((a) => a.id)).toContain(id);
  });

  test('after the end the portal no longer lets anyone in', async () => {
    const { appointment, session } = await scheduled();
    time.set('2026-03-30T08:30:00.000Z');
    expect(json(await asPatient(operations.joinAppointment, session, appointment.id as string)).error).toBe('illegal-transition');
  });

  test('reminders 24 h and 15 min before, each once, each with a new link to the waiting room and one to the portal', async () => {
    const { appointment } = await scheduled();
    const [reminder] = timersOf(appointment.id as string);
    time.set(reminder!.dueAt);
    expect(await timerTask(reminder)).toEqual({ kind: 'appointment-reminder', id: reminder!.id, dueAt: '2026-03-30T07:45:00.000Z' });
    const first = lastMessage();
    expect(first).toMatchObject({ channel: 'email', to: 'alex@example.org' });
    expect(first.body).toContain('Monday 30 March 2026 at 09:00 (Europe/London time)');
    expect(tokenIn(first.body, 'portal')).toBeDefined();
    const joinToken = tokenIn(first.body, 'join')!;
    // Woken twice (a retry): nothing is sent twice.
    const sent = api.outside.messages.length;
    await timerTask(reminder);
    expect(api.outside.messages.length).toBe(sent);
    time.set('2026-03-30T07:45:00.000Z');
    expect(await timerTask({ ...reminder!, dueAt: '2026-03-30T07:45:00.000Z' })).toEqual({ kind: 'appointment-reminder', id: reminder!.id });
    expect(api.outside.messages.length).toBe(sent + 1);
    // The reminder's link is a normal consultation link: date of birth, then the waiting room.
    expect(json(await api.call(operations.join, { json: { token: joinToken } }))).toEqual({ next: 'verify-date-of-birth' });
    const entered = await api.call(operations.verify, { json: { token: joinToken, dateOfBirth: '1980-04-12' } });
    expect(entered.status, entered.text).toBe(200);
  });

  test('nobody joined: at the end the appointment is missed and its consultation called off', async () => {
    const { appointment } = await scheduled();
    const [, end] = timersOf(appointment.id as string);
    time.set('2026-03-30T08:00:00.000Z');
    expect(await timerTask(end)).toEqual({ kind: 'appointment-end', id: end!.id, dueAt: end!.dueAt });
    time.set(end!.dueAt);
    await timerTask(end);
    expect(json(await staffCall(operations.getAppointment, appointment.id as string)).status).toBe('missed');
    expect((await api.deps.store.consultations.get(appointment.consultationId as string))?.status).toBe('cancelled');
    expect(eventsOf(`patient#${alex}`).at(-1)).toEqual({ type: 'appointment-changed', appointmentId: appointment.id, status: 'missed' });
    await timerTask(end);
    expect(json(await staffCall(operations.getAppointment, appointment.id as string)).status).toBe('missed');
  });

  test('someone came: the end does not make it missed; it waits for the consultation’s outcome', async () => {
    const { appointment, session } = await scheduled();
    const [, end] = timersOf(appointment.id as string);
    time.set('2026-03-30T08:00:00.000Z');
    await asPatient(operations.joinAppointment, session, appointment.id as string);
    time.set(end!.dueAt);
    await timerTask(end);
    expect(json(await staffCall(operations.getAppointment, appointment.id as string)).status).toBe('scheduled');
    await staffCall(operations.endConsultation, appointment.consultationId as string, { result: 'completed', technicalProblems: false });
    expect(json(await staffCall(operations.getAppointment, appointment.id as string))).toMatchObject({
      status: 'completed',
      outcome: { result: 'completed', coding: { code: '719410009' } },
    });
  });
});
