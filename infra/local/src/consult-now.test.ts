import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestRuntime, type TestRuntime } from './testing/local-api.ts';

let clinic: TestRuntime;
let staff: string;

beforeAll(async () => {
  clinic = await startTestRuntime({ linkTtlSeconds: 2 });
  staff = await clinic.api.signIn();
});
afterAll(() => clinic.dispose());

const sendToAlex = async (body: Record<string, unknown> = {}) => {
  const sent = await clinic.api.request<{ consultation: { id: string }; link: { id: string; expiresAt: string } }>(
    '/api/consult-now',
    { token: staff, json: { patientId: 'patient-alex-example', ...body } },
  );
  expect(sent.status).toBe(201);
  const message = await clinic.api.latestLink();
  return { ...sent.body, message, token: message.token };
};

const verify = (token: string, dateOfBirth = '1980-04-12') =>
  clinic.api.request<Record<string, unknown>>('/api/join/verify', { json: { token, dateOfBirth } });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a Consult Now link', () => {
  test("lasts as long as the site configuration tells the clinician's dialog", async () => {
    const config = (await (await fetch(`${clinic.url}/config.json`)).json()) as { linkTtlSeconds?: unknown };
    expect(config.linkTtlSeconds).toBe(2);
    const { link } = await sendToAlex();
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(2_000);
  });

  test('goes by SMS to the patient on record, is asked for the date of birth and admits to the waiting room', async () => {
    const { message, token, link } = await sendToAlex();
    expect(message.to).toBe('+447700900123');
    expect(link).toMatchObject({ status: 'issued', channel: 'sms' });
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await clinic.api.request('/api/join', { json: { token } })).body).toEqual({ next: 'verify-date-of-birth' });
    const entered = await verify(token);
    expect(entered.status).toBe(200);
    const session = await clinic.api.request<{ participant: { state: string } }>('/api/session', {
      token: entered.body.session as string,
    });
    expect(session.body.participant.state).toBe('waiting');
  });

  test('goes by email when asked, to a one-off address that does not change the record', async () => {
    const { message } = await sendToAlex({ channel: 'email', email: 'carer@example.net' });
    expect(message.to).toBe('carer@example.net');
    const patient = await clinic.api.request<{ email: string }>('/api/patients/patient-alex-example', { token: staff });
    expect(patient.body.email).toBe('alex@example.org');
  });

  test('to someone not on record asks for a name instead of a date of birth', async () => {
    const sent = await clinic.api.request('/api/consult-now', { token: staff, json: { mobile: '+46 70 123 45 67' } });
    expect(sent.status).toBe(201);
    const { token, to } = await clinic.api.latestLink();
    expect(to).toBe('+46701234567');
    expect((await clinic.api.request('/api/join', { json: { token } })).body).toEqual({ next: 'enter-name' });
    const entered = await clinic.api.request('/api/join/verify', { json: { token, displayName: 'Kim Visitor' } });
    expect(entered.status).toBe(200);
  });

  test.each([1, 2, 3])('redeemed by 50 people at once makes exactly one session (round %i)', async () => {
    const { token, link } = await sendToAlex();
    // This file's links last 2 s; a busy machine must not turn this race into one against expiry.
    await clinic.api.request(`/api/links/${link.id}/extend`, { token: staff, json: { minutes: 10 } });
    const answers = await Promise.all(Array.from({ length: 50 }, () => verify(token)));
    const winners = answers.filter((a) => a.status === 200);
    expect(winners).toHaveLength(1);
    for (const loser of answers.filter((a) => a.status !== 200)) {
      expect(loser.status).toBe(410);
      expect(loser.body.error).toBe('link-used');
    }
  });

  test('locks after five wrong dates of birth, each failure answered alike', async () => {
    const { token } = await sendToAlex();
    const failures = [];
    for (const wrong of ['1980-04-13', '1981-04-12', '1980-12-04', '2000-01-01']) failures.push(await verify(token, wrong));
    expect(failures.map((f) => f.status)).toEqual([401, 401, 401, 401]);
    expect(failures.map((f) => f.body.attemptsLeft)).toEqual([4, 3, 2, 1]);
    const messages = new Set(failures.map((f) => JSON.stringify({ ...f.body, attemptsLeft: 0 })));
    expect(messages.size).toBe(1);
    const fifth = await verify(token, '1970-01-01');
    expect(fifth).toMatchObject({ status: 410, body: { error: 'link-locked' } });
    expect(await verify(token)).toMatchObject({ status: 410, body: { error: 'link-locked' } });
  });

  test('can be revoked, and then does not open', async () => {
    const { token, link } = await sendToAlex();
    const revoked = await clinic.api.request<{ link: { status: string } }>(`/api/links/${link.id}/revoke`, { token: staff, json: {} });
    expect(revoked.body.link.status).toBe('revoked');
    expect(await clinic.api.request('/api/join', { json: { token } })).toMatchObject({ status: 410, body: { error: 'link-revoked' } });
  });

  test('resent: a new token works and the old one is dead', async () => {
    const { token: old, link } = await sendToAlex();
    const resent = await clinic.api.request<{ link: { id: string } }>(`/api/links/${link.id}/resend`, { token: staff, json: {} });
    expect(resent.status).toBe(201);
    const { token: fresh } = await clinic.api.latestLink();
    expect(fresh).not.toBe(old);
    expect((await verify(old)).body.error).toBe('link-revoked');
    expect((await verify(fresh)).status).toBe(200);
  });

  test('expires unused: refused at the door, marked expired, and the empty consultation is tidied', async () => {
    const { token, consultation } = await sendToAlex();
    await sleep(2_200);
    expect(await clinic.api.request('/api/join', { json: { token } })).toMatchObject({ status: 410, body: { error: 'link-expired' } });
    await expect
      .poll(async () => (await clinic.api.request<{ status: string }>(`/api/consultations/${consultation.id}`, { token: staff })).body.status, {
        timeout: 3_000,
      })
      .toBe('cancelled');
  });

  test('extended before it lapses stays open past its first deadline; the timer waits again', async () => {
    const { token, link, consultation } = await sendToAlex();
    const extended = await clinic.api.request<{ link: { expiresAt: string } }>(`/api/links/${link.id}/extend`, {
      token: staff,
      json: { minutes: 1 },
    });
    expect(Date.parse(extended.body.link.expiresAt)).toBeGreaterThan(Date.parse(link.expiresAt) + 59_000);
    await sleep(2_500);
    const still = await clinic.api.request<{ status: string; links: { status: string }[] }>(`/api/consultations/${consultation.id}`, {
      token: staff,
    });
    expect(still.body.status).toBe('open');
    expect(still.body.links[0]!.status).toBe('issued');
    expect((await verify(token)).status).toBe(200);
  });

  test('never shows its token to staff', async () => {
    const { token, consultation } = await sendToAlex();
    const views = await Promise.all([
      clinic.api.request(`/api/consultations/${consultation.id}`, { token: staff }),
      clinic.api.request('/api/consultations?status=open', { token: staff }),
    ]);
    for (const view of views) expect(view.text).not.toContain(token);
  });
});
