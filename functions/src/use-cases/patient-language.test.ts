import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { addPatient, handClock, json, tokenIn } from '../testing/care.ts';

/** Every message to a patient, and every link in it, in the patient's language. */

const host: Claims = { ...staffClaims(['clinician'], 'staff-host'), name: 'Dr Ada Host' };
type Json = Record<string, unknown>;

describe('an English-speaking organisation', () => {
  let api: TestApi;
  let astrid = '';
  let alex = '';
  const lastMessage = () => api.outside.messages.at(-1)!;

  beforeAll(async () => {
    api = await startTestApi('patient-language', handClock('2026-03-20T10:00:00.000Z').clock);
    astrid = await addPatient(api, host, {
      givenName: 'Astrid',
      familyName: 'Svensson',
      dateOfBirth: '1980-04-12',
      mobile: '+46 70 123 45 67',
      email: 'astrid@example.org',
      language: 'sv',
    });
    alex = await addPatient(api, host, { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1980-04-12', mobile: '07700 900123' });
  });
  afterAll(() => api.close());

  test('Consult Now texts a Swedish patient in Swedish, the link opening in Swedish; the link works', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: astrid } });
    expect(sent.status, sent.text).toBe(201);
    const message = lastMessage();
    expect(message).toMatchObject({ channel: 'sms', to: '+46701234567' });
    expect(message.body).toMatch(/^Test Clinic: Dr Ada Host är redo att träffa dig i ett videobesök\. Öppna länken inom 5 min: /);
    expect(message.body).toMatch(/https:\/\/clinic\.example\.org\/join\?lng=sv#[A-Za-z0-9_-]{22,}$/);
    const token = tokenIn(message.body, 'join')!;
    expect(json(await api.call(operations.join, { json: { token } }))).toEqual({ next: 'verify-date-of-birth' });
  });

  test('…and by email in Swedish too', async () => {
    await api.call(operations.consultNow, { claims: host, json: { patientId: astrid, channel: 'email' } });
    expect(lastMessage()).toMatchObject({ channel: 'email', to: 'astrid@example.org', subject: 'Dr Ada Host är redo för ditt videobesök' });
    expect(lastMessage().body).toContain('/join?lng=sv#');
  });

  test('an English patient gets the English text and a bare link, as always', async () => {
    await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    expect(lastMessage().body).toMatch(/^Test Clinic: Dr Ada Host is ready to see you by video\. Open within 5 min: https:\/\/clinic\.example\.org\/join#/);
  });

  test('a patient whose language is changed is written to in the new one', async () => {
    const changed = await api.call(operations.updatePatient, { claims: host, pathParameters: { id: alex }, json: { language: 'sv' } });
    expect(changed.status, changed.text).toBe(200);
    await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    expect(lastMessage().body).toContain('är redo att träffa dig');
    await api.call(operations.updatePatient, { claims: host, pathParameters: { id: alex }, json: { language: 'en' } });
  });

  test('someone not on record gets the organisation’s language, or the one the clinician chose', async () => {
    await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900999' } });
    expect(lastMessage().body).toContain('is ready to see you by video');
    await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900999', language: 'sv' } });
    expect(lastMessage().body).toContain('är redo att träffa dig');
    expect(lastMessage().body).toContain('/join?lng=sv#');
  });

  test('a resent link is written in the language of the one it replaces', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: astrid } });
    const linkId = (json(sent).link as Json).id as string;
    const resent = await api.call(operations.resendLink, { claims: host, pathParameters: { linkId } });
    expect(resent.status, resent.text).toBe(201);
    expect(lastMessage().body).toContain('är redo att träffa dig');
    expect(lastMessage().body).toContain('/join?lng=sv#');
  });

  test('an in-call invitation goes to a number dialled in the UK, in the language chosen', async () => {
    const sent = await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    const consultationId = (json(sent).consultation as Json).id as string;
    const invited = await api.call(operations.invite, {
      claims: host,
      pathParameters: { id: consultationId },
      json: { role: 'interpreter', mobile: '07700 900321', language: 'sv' },
    });
    expect(invited.status, invited.text).toBe(201);
    expect(lastMessage()).toMatchObject({ channel: 'sms', to: '+447700900321' });
    expect(lastMessage().body).toContain('/join?lng=sv#');
  });

  test('an appointment is proposed to a Swedish patient in Swedish, time and portal link included', async () => {
    const proposed = await api.call(operations.proposeAppointment, {
      claims: host,
      json: { patientId: astrid, date: '2026-03-30', time: '09:00', timeZone: 'Europe/Stockholm', durationMinutes: 30 },
    });
    expect(proposed.status, proposed.text).toBe(201);
    expect(lastMessage()).toMatchObject({ channel: 'email', subject: 'Dr Ada Host föreslår ett videobesök' });
    expect(lastMessage().body).toContain('måndag 30 mars 2026 kl. 09:00 (svensk tid), 30 minuter.');
    expect(lastMessage().body).toMatch(/\/portal\?lng=sv#[A-Za-z0-9_-]+/);
  });
});

describe('a Swedish organisation', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('patient-language-se', undefined, { defaultLanguage: 'sv', country: 'SE' });
  });
  afterAll(() => api.close());

  test('texts a number dialled in Sweden in Swedish, and an English patient in English with the link saying so', async () => {
    await api.call(operations.consultNow, { claims: host, json: { mobile: '070-123 45 67' } });
    expect(api.outside.messages.at(-1)).toMatchObject({ channel: 'sms', to: '+46701234567' });
    expect(api.outside.messages.at(-1)!.body).toContain('är redo att träffa dig');
    const ann = await addPatient(api, host, { givenName: 'Ann', familyName: 'English', dateOfBirth: '1980-04-12', mobile: '+44 7700 900123', language: 'en' });
    await api.call(operations.consultNow, { claims: host, json: { patientId: ann } });
    expect(api.outside.messages.at(-1)!.body).toContain('is ready to see you by video');
    expect(api.outside.messages.at(-1)!.body).toContain('/join?lng=en#');
  });
});
