import { DomainError } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '#ports';
import type { AppointmentRecord, AppointmentRequestRecord } from '../../appointment/record.ts';
import type { DirectCallRecord } from '../../direct-call/record.ts';
import { type LocalDynamo, startDynalite } from './dynalite.ts';
import { dynamoStore } from './store.ts';

let dynamo: LocalDynamo;
let store: Store;

const appointment = (id: string, startsAt: string, extra: Partial<AppointmentRecord> = {}): AppointmentRecord => ({
  id,
  patientId: 'patient-0001',
  patientName: 'Alex Example',
  clinicianId: 'staff-a',
  clinicianName: 'Dr A',
  status: 'proposed',
  startsAt,
  timeZone: 'Europe/London',
  durationMinutes: 30,
  extras: [],
  channel: 'email',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...extra,
});
const call: DirectCallRecord = {
  id: 'call-000001',
  patientId: 'patient-0001',
  patientName: 'Alex Example',
  clinicianId: 'staff-a',
  clinicianName: 'Dr A',
  status: 'ringing',
  consultationId: 'consultation-1',
  startedAt: '2026-02-01T10:00:00.000Z',
  version: 1,
};
const request = (id: string, clinicianId?: string): AppointmentRequestRecord => ({
  id,
  patientId: 'patient-0001',
  patientName: 'Alex Example',
  ...(clinicianId && { clinicianId }),
  from: '2026-02-02',
  to: '2026-02-03',
  partOfDay: 'any',
  status: 'open',
  createdAt: `2026-02-01T11:00:0${id.slice(-1)}.000Z`,
  version: 1,
});

beforeAll(async () => {
  dynamo = await startDynalite({ tablePrefix: 'appointment-book-test' });
  store = dynamoStore(dynamo.db, dynamo.tablePrefix);
  for (const a of [
    appointment('appt-000001', '2026-03-01T09:00:00.000Z'),
    appointment('appt-000002', '2026-03-02T09:00:00.000Z'),
    appointment('appt-000003', '2026-03-03T09:00:00.000Z', { clinicianId: 'staff-b' }),
  ]) {
    await store.appointments.add(a);
  }
  await store.directCalls.add(call);
  await store.appointmentRequests.add(request('request-01', 'staff-a'));
  await store.appointmentRequests.add(request('request-02'));
});
afterAll(() => dynamo.close());

describe('the appointment book (appointments, direct calls and requests in one table)', () => {
  it('reads each record back exactly as written, and only as its own kind', async () => {
    expect(await store.appointments.get('appt-000001')).toEqual(appointment('appt-000001', '2026-03-01T09:00:00.000Z'));
    expect(await store.directCalls.get(call.id)).toEqual(call);
    expect(await store.appointmentRequests.get('request-02')).toEqual(request('request-02'));
    expect(await store.appointments.get(call.id)).toBeUndefined();
    expect(await store.directCalls.get('appt-000001')).toBeUndefined();
  });

  it('refuses a second record with the same id, and an update of none', async () => {
    const taken = await store.directCalls.add({ ...call, id: 'appt-000001' }).catch((e: unknown) => e);
    expect((taken as DomainError).code).toBe('conflict');
    const missing = await store.appointments.update('appt-none', (a) => a).catch((e: unknown) => e);
    expect((missing as DomainError).code).toBe('not-found');
  });

  it('lists a clinician’s appointments by start, within a window whose end is exclusive, and none of their calls', async () => {
    const ids = async (range: Parameters<Store['appointments']['listByClinician']>[1]) =>
      (await store.appointments.listByClinician('staff-a', range)).map((a) => a.id);
    expect(await ids({ limit: 10 })).toEqual(['appt-000001', 'appt-000002']);
    expect(await ids({ limit: 10, newestFirst: true })).toEqual(['appt-000002', 'appt-000001']);
    expect(await ids({ limit: 10, since: '2026-03-02T09:00:00.000Z' })).toEqual(['appt-000002']);
    expect(await ids({ limit: 10, before: '2026-03-02T09:00:00.000Z' })).toEqual(['appt-000001']);
    expect(await ids({ limit: 10, since: '2026-03-01T00:00:00.000Z', before: '2026-03-02T09:00:00.000Z' })).toEqual(['appt-000001']);
    expect(await ids({ limit: 1 })).toEqual(['appt-000001']);
  });

  it('answers everything of a patient’s in one listing, newest first, each kind apart', async () => {
    const records = await store.appointments.ofPatient('patient-0001', 50);
    expect(records.appointments.map((a) => a.id)).toEqual(['appt-000003', 'appt-000002', 'appt-000001']);
    expect(records.directCalls).toEqual([call]);
    expect(records.requests.map((r) => r.id).sort()).toEqual(['request-01', 'request-02']);
    expect(await store.appointments.ofPatient('patient-none', 50)).toEqual({ appointments: [], directCalls: [], requests: [] });
  });

  it('keeps open requests in their queue (the clinician’s, or the care team’s) until answered', async () => {
    expect((await store.appointmentRequests.listOpen('staff-a', 10)).map((r) => r.id)).toEqual(['request-01']);
    expect((await store.appointmentRequests.listOpen(undefined, 10)).map((r) => r.id)).toEqual(['request-02']);
    expect(await store.appointmentRequests.listOpen('staff-b', 10)).toEqual([]);
    const answered = await store.appointmentRequests.update('request-01', (r) => ({ ...r, status: 'answered' }));
    expect(answered.version).toBe(2);
    expect(await store.appointmentRequests.listOpen('staff-a', 10)).toEqual([]);
    expect(await store.appointmentRequests.get('request-01')).toEqual({ ...request('request-01', 'staff-a'), status: 'answered', version: 2 });
  });

  it('lets exactly one of simultaneous conflicting changes win', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        store.directCalls.update(call.id, (c) => {
          if (c.status !== 'ringing') throw new DomainError('illegal-transition', 'no longer ringing');
          return { ...c, status: 'accepted' };
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect((await store.directCalls.get(call.id))?.version).toBe(2);
  });
});

describe('portal links and devices (in the access table)', () => {
  it('takes attempts in a conditional write: never past five, never on an expired link; gives one back only while counted', async () => {
    await store.portal.addLink('hash-1', { patientId: 'patient-0001', expiresAt: '2026-04-01T00:00:00.000Z', attempts: 0 });
    const now = new Date('2026-03-01T00:00:00.000Z');
    const counted = await Promise.all(Array.from({ length: 7 }, () => store.portal.reserveAttempt('hash-1', now, 5)));
    expect(counted.filter((n) => n !== undefined).sort()).toEqual([1, 2, 3, 4, 5]);
    expect((await store.portal.findLink('hash-1'))?.attempts).toBe(5);
    expect(await store.portal.returnAttempt('hash-1', now, 5)).toBe(true);
    expect((await store.portal.findLink('hash-1'))?.attempts).toBe(4);
    await store.portal.addLink('hash-2', { patientId: 'patient-0001', expiresAt: '2026-02-01T00:00:00.000Z', attempts: 0 });
    expect(await store.portal.reserveAttempt('hash-2', now, 5)).toBeUndefined();
    expect(await store.portal.reserveAttempt('hash-none', now, 5)).toBeUndefined();
    await store.portal.addLink('hash-3', { patientId: 'patient-0001', expiresAt: '2026-04-01T00:00:00.000Z', attempts: 0 });
    // Nothing was taken: nothing to give back.
    expect(await store.portal.returnAttempt('hash-3', now, 5)).toBe(false);
    expect((await store.portal.findLink('hash-3'))?.attempts).toBe(0);
  });

  it('forgets one device, or all of a patient’s, and no one else’s', async () => {
    const device = (patientId: string, deviceId: string) => ({
      patientId,
      deviceId,
      sessionHash: `h-${deviceId}`,
      createdAt: '2026-03-01T00:00:00.000Z',
      expiresAt: '2026-04-01T00:00:00.000Z',
    });
    for (const d of [device('patient-0001', 'phone'), device('patient-0001', 'laptop'), device('patient-0002', 'tablet')]) {
      await store.portal.addDevice(d);
    }
    expect(await store.portal.getDevice('patient-0001', 'phone')).toEqual(device('patient-0001', 'phone'));
    await store.portal.removeDevice('patient-0001', 'phone');
    expect(await store.portal.getDevice('patient-0001', 'phone')).toBeUndefined();
    expect(await store.portal.removeDevices('patient-0001')).toBe(1);
    expect(await store.portal.getDevice('patient-0001', 'laptop')).toBeUndefined();
    expect(await store.portal.getDevice('patient-0002', 'tablet')).toEqual(device('patient-0002', 'tablet'));
  });
});
