import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTimerTask } from '../handlers/timer.ts';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, handClock, json, tokenIn } from '../testing/care.ts';
import type { ConsultationRecord } from '../consultation/record.ts';
import { checkEvery, nextLook } from './contact-purge.ts';

/**
 * The contact-purge timer, moved by hand: armed as a consultation opens, it looks again while
 * the consultation is open, waits for the retention once it is over, forgets the contact
 * details, and (when the organisation keeps call history for a set time) deletes it later.
 */

const time = handClock('2026-07-01T09:00:00.000Z');
const minute = 60_000;
let api: TestApi;
let timerTask: ReturnType<typeof createTimerTask>;
const host = staffClaims(['clinician'], 'purge-host');
let alex = '';

beforeAll(async () => {
  api = await startTestApi('contact-purge', time.clock, { contactRetentionSeconds: 30 * 60, patientHistoryDays: 10 });
  timerTask = createTimerTask(api.deps);
  alex = await addPatient(api, host, { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12' });
});
afterAll(() => api.close());

/** A Consult Now to a one-off number, joined, ended: answers its id and its purge timer. */
const endedCall = async () => {
  const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: alex, mobile: '07700 900444' } });
  const id = (json(sent).consultation as { id: string }).id;
  const purge = api.outside.timers.find((t) => t.kind === 'contact-purge' && t.id === id)!;
  const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
  await api.call(operations.verify, { json: { token, dateOfBirth: '1980-04-12' } });
  return { id, purge };
};
const end = (id: string) =>
  api.call(operations.endConsultation, { claims: host, pathParameters: { id }, json: { result: 'unsuccessful', technicalProblems: true } });

describe('the contact purge', () => {
  test('is armed as the consultation opens, to look again within the retention', async () => {
    time.set('2026-07-01T09:00:00.000Z');
    const { purge } = await endedCall();
    expect(purge.dueAt).toBe(new Date(time.clock.now().getTime() + 30 * minute).toISOString());
    expect(checkEvery({ contactRetentionSeconds: 0 })).toBe(minute);
    expect(checkEvery({ contactRetentionSeconds: 24 * 3600 })).toBe(60 * minute);
  });

  test('looks at an appointment at its start, and less often at a consultation left open for days', () => {
    const settings = { contactRetentionSeconds: 3600 };
    const now = Date.parse('2026-07-10T09:00:00.000Z');
    const opened = (createdAt: string, scheduledFor?: string) =>
      ({ createdAt, ...(scheduledFor && { scheduledFor }) }) as unknown as ConsultationRecord;
    expect(nextLook(opened('2026-07-01T09:00:00.000Z', '2026-08-01T09:00:00.000Z'), now, settings)).toBe(Date.parse('2026-08-01T09:00:00.000Z'));
    // Booked weeks ago, starting now: looked at hourly, as any call under way.
    expect(nextLook(opened('2026-06-01T09:00:00.000Z', '2026-07-10T08:45:00.000Z'), now, settings)).toBe(now + 60 * minute);
    expect(nextLook(opened('2026-07-10T08:00:00.000Z'), now, settings)).toBe(now + 60 * minute);
    expect(nextLook(opened('2026-07-05T09:00:00.000Z'), now, settings)).toBe(now + 5 * 60 * minute);
    expect(nextLook(opened('2026-01-01T09:00:00.000Z'), now, settings)).toBe(now + 24 * 60 * minute);
  });

  test('waits while the call is open, then for the retention after it ends; then forgets, idempotently', async () => {
    time.set('2026-07-01T10:00:00.000Z');
    const { id, purge } = await endedCall();
    time.advance(30 * minute);
    // Still open: look again later, nothing forgotten.
    const open = (await timerTask(purge)) as { dueAt?: string };
    expect(Date.parse(open.dueAt!)).toBe(time.clock.now().getTime() + 30 * minute);
    expect(JSON.stringify(await api.deps.store.consultations.get(id))).toContain('+447700900444');

    await end(id);
    const endedAt = time.clock.now().getTime();
    time.advance(10 * minute);
    expect(await timerTask(purge)).toMatchObject({ dueAt: new Date(endedAt + 30 * minute).toISOString() });
    time.advance(20 * minute);
    // Forgotten, then waiting for the call history's own period (10 days after the end).
    expect(await timerTask(purge)).toMatchObject({ dueAt: new Date(endedAt + 10 * 24 * 60 * minute).toISOString() });
    const forgotten = (await api.deps.store.consultations.get(id))!;
    expect(forgotten.contactsForgottenAt).toBe(time.clock.now().toISOString());
    expect(JSON.stringify(forgotten)).not.toMatch(/7700900444|Alex|sessionHash|\+44 ••••/);
    expect(forgotten).toMatchObject({ status: 'ended', outcome: { result: 'unsuccessful' }, patientId: alex });
    expect(Object.values(forgotten.participants).map((p) => p.role).sort()).toEqual(['clinician', 'patient']);
    for (const linkId of Object.keys(forgotten.links)) expect(await api.deps.store.access.findLinkById(linkId)).toBeUndefined();
    // Again: nothing changes.
    await timerTask(purge);
    expect(await api.deps.store.consultations.get(id)).toEqual(forgotten);

    time.advance(10 * 24 * 60 * minute);
    expect(await timerTask(purge)).toEqual({ kind: 'contact-purge', id });
    expect(await api.deps.store.consultations.get(id)).toBeUndefined();
  });
});
