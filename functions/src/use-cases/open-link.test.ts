import { callTypes, DomainError } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ParticipantRecord } from '../consultation/record.ts';
import { startTestApi, type TestApi } from '../testing/api.ts';
import { type Guest, openConsultation } from './open-consultation.ts';
import { openLink, verifyAndEnter } from './open-link.ts';
import { issueLink } from './send-link.ts';

/** What the person holding a link must do is what their call type decided when they were invited. */

let api: TestApi;
const patientId = 'patient-alex';
beforeAll(async () => {
  api = await startTestApi('open-link');
  await api.deps.store.patients.add({ id: patientId, givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', language: 'en', createdAt: new Date().toISOString() });
});
afterAll(() => api.close());

const host = { staffId: 'staff-host', name: 'Dr Hope Host' };
const alex: Guest = {
  role: 'patient',
  displayName: 'Alex Example',
  patientId,
  link: { channel: 'email', destination: 'alex@example.org', sentTo: 'a•••@example.org', language: 'en' },
};

const tokenFor = async (type: Parameters<typeof openConsultation>[1], guest = alex) =>
  (await openConsultation(api.deps, type, { host, guests: [guest], now: new Date() })).invitations[0]!.token;

/** A consultation as an earlier version stored it: the guest's record says nothing of how they prove who they are. */
const storedEarlier = async (guest: Pick<ParticipantRecord, 'role' | 'displayName' | 'patientId'>) => {
  const at = new Date();
  const consultationId = api.deps.ids.id();
  const participant: ParticipantRecord = { id: api.deps.ids.id(), state: 'invited', updatedAt: at.toISOString(), ...guest };
  const { link, token } = await issueLink(api.deps, {
    consultationId,
    participantId: participant.id,
    channel: 'email',
    destination: 'someone@example.org',
    sentTo: 's•••@example.org',
    hostName: host.name,
    language: 'en',
    now: at,
  });
  await api.deps.store.consultations.add({
    id: consultationId,
    type: 'consult-now',
    status: 'open',
    hostId: host.staffId,
    hostName: host.name,
    createdAt: at.toISOString(),
    participants: { [participant.id]: participant },
    links: { [link.id]: link },
  });
  return token;
};

describe('opening a link', () => {
  test('a patient on record invited to a Consult Now proves their date of birth', async () => {
    expect(await openLink(api.deps, await tokenFor('consult-now'))).toEqual({ next: 'verify-date-of-birth' });
  });

  test('the same patient sent a meeting-room link gives their name, as that room’s rules say', async () => {
    const token = await tokenFor('meeting-room');
    expect(await openLink(api.deps, token)).toEqual({ next: 'enter-name', name: 'Alex Example' });
    const entered = await verifyAndEnter(api.deps, token, { displayName: 'Alex' });
    expect(entered.session).toEqual(expect.any(String));
  });

  test('a link whose person has nothing to prove goes straight in', async () => {
    const token = await tokenFor('direct-call');
    const answer = await openLink(api.deps, token);
    if (answer.next !== 'waiting-room') throw new Error(`Asked to ${answer.next}`);
    expect(answer.session).toEqual(expect.any(String));
    const record = await api.deps.store.consultations.get(answer.consultationId);
    // No waiting room in a direct call: let in on arrival.
    expect(record?.participants[answer.participantId]?.state).toBe('admitted');
  });

  test('links stored by an earlier version keep working: a date of birth when on record, a name otherwise', async () => {
    expect(await openLink(api.deps, await storedEarlier({ role: 'patient', displayName: 'Alex Example', patientId }))).toEqual({
      next: 'verify-date-of-birth',
    });
    expect(await openLink(api.deps, await storedEarlier({ role: 'patient', displayName: 'Guest' }))).toEqual({ next: 'enter-name' });
  });

  test('a wrong date of birth leaves the attempts the call type allows, less one', async () => {
    const refusal = await verifyAndEnter(api.deps, await tokenFor('individual-appointment'), { dateOfBirth: '1980-04-13' }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'verification-failed',
      details: { attemptsLeft: callTypes['individual-appointment'].maxVerificationAttempts - 1 },
    });
  });
});
