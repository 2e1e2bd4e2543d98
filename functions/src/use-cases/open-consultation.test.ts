import { type CallTypeId, callTypeIds, callTypes, DomainError } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ParticipantRecord } from '../consultation/record.ts';
import { startTestApi, type TestApi } from '../testing/api.ts';
import { type Guest, openConsultation } from './open-consultation.ts';

/** Each call type opened from its rules, stored in the real store (dynalite). */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('open-consultation');
});
afterAll(() => api.close());

const now = new Date('2026-05-04T09:00:00.000Z');
const host = { staffId: 'staff-host', name: 'Dr Hope Host' };
const sentTo = (to: string) => ({ channel: 'email' as const, destination: to, sentTo: to, language: 'en' as const });
const onRecord: Guest = { role: 'patient', displayName: 'Alex Example', patientId: 'patient-alex', link: sentTo('alex@example.org') };
const notOnRecord: Guest = { role: 'interpreter', displayName: 'Ines Interpreter', link: sentTo('ines@example.org') };

/** As many of the two guests as the type holds. */
const guestsOf = (type: CallTypeId) => [onRecord, notOnRecord].slice(0, callTypes[type].maxGuests);
const named = (people: readonly ParticipantRecord[], name: string) => people.find((p) => p.displayName === name);

const expected: Record<CallTypeId, { onRecord: string; notOnRecord: string; admitOnArrival: boolean }> = {
  'individual-appointment': { onRecord: 'date-of-birth', notOnRecord: 'name', admitOnArrival: false },
  'consult-now': { onRecord: 'date-of-birth', notOnRecord: 'name', admitOnArrival: false },
  'direct-call': { onRecord: 'none', notOnRecord: 'none', admitOnArrival: true },
  'group-consultation': { onRecord: 'date-of-birth', notOnRecord: 'name', admitOnArrival: false },
  'meeting-room': { onRecord: 'name', notOnRecord: 'name', admitOnArrival: true },
};

describe('opening a consultation from its call type', () => {
  test.each(callTypeIds)('%s: the host is in it, each guest waits or is let in and proves who they are as the type says', async (type) => {
    const { record, invitations } = await openConsultation(api.deps, type, { host, guests: guestsOf(type), patientId: 'patient-alex', now });
    const stored = (await api.deps.store.consultations.get(record.id))!;
    expect(stored).toMatchObject({ type, status: 'open', hostId: 'staff-host', hostName: 'Dr Hope Host', patientId: 'patient-alex', version: 1 });

    const people = Object.values(stored.participants);
    expect(people).toHaveLength(guestsOf(type).length + 1);
    expect(named(people, 'Dr Hope Host')).toMatchObject({ role: 'clinician', state: 'admitted', staffId: 'staff-host' });
    const rules = expected[type];
    const patient = named(people, 'Alex Example')!;
    expect(patient).toMatchObject({ role: 'patient', state: 'invited', patientId: 'patient-alex', verification: rules.onRecord });
    expect(patient.admitOnArrival ?? false).toBe(rules.admitOnArrival);
    const interpreter = named(people, 'Ines Interpreter');
    if (interpreter) {
      expect(interpreter).toMatchObject({ role: 'interpreter', state: 'invited', verification: rules.notOnRecord });
      expect(interpreter.patientId).toBeUndefined();
      expect(interpreter.admitOnArrival ?? false).toBe(rules.admitOnArrival);
    }

    // Each guest with somewhere to send it has one link, stored with the consultation and not yet sent.
    const guestIds = people.filter((p) => !p.staffId).map((p) => p.id);
    expect(invitations.map((i) => i.request.participantId).sort()).toEqual(guestIds.sort());
    for (const { link, token } of invitations) {
      expect(stored.links[link.id]).toMatchObject({ status: 'issued', attempts: 0, expiresAt: '2026-05-04T09:05:00.000Z' });
      expect(token.length).toBeGreaterThanOrEqual(22);
    }
    expect(api.outside.messages).toEqual([]);
  });

  test('a guest who comes in another way (the portal, answering a call) is on the list without a link', async () => {
    const { record, invitations } = await openConsultation(api.deps, 'direct-call', {
      host,
      guests: [{ role: 'patient', displayName: 'Alex Example', patientId: 'patient-alex' }],
      now,
      directCallId: 'call-1',
    });
    expect(invitations).toEqual([]);
    expect(record).toMatchObject({ directCallId: 'call-1', links: {} });
  });

  test('an appointment’s links open and lapse with it', async () => {
    const window = { validFrom: new Date('2026-05-05T08:30:00.000Z'), expiresAt: new Date('2026-05-05T09:30:00.000Z') };
    const { record, invitations } = await openConsultation(api.deps, 'individual-appointment', {
      host,
      guests: [{ role: 'patient', displayName: 'Alex Example', patientId: 'patient-alex' }, notOnRecord],
      now,
      window,
      appointmentId: 'appointment-1',
    });
    expect(record.appointmentId).toBe('appointment-1');
    expect(invitations.map((i) => i.link)).toEqual([
      expect.objectContaining({ validFrom: '2026-05-05T08:30:00.000Z', expiresAt: '2026-05-05T09:30:00.000Z' }),
    ]);
  });

  test('more guests than the type holds are refused before anything is stored', async () => {
    const refusal = await openConsultation(api.deps, 'direct-call', { host: { ...host, staffId: 'staff-refused' }, guests: [onRecord, notOnRecord], now }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'participant-limit', details: { limit: 1 } });
    expect(await api.deps.store.consultations.listByHost('staff-refused', 10)).toEqual([]);
  });
});
