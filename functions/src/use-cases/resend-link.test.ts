import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClaims, startTestApi, type TestApi } from '../testing/api.ts';
import { json, tokenIn } from '../testing/care.ts';

/** Resending a link, through the route table's handlers on dynalite: one live link per person, whatever was pressed. */

const host = staffClaims(['clinician'], 'resend-host');
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('resend-link');
});
afterAll(() => api.close());

const lastToken = () => tokenIn(api.outside.messages.at(-1)!.body, 'join')!;

const consultNow = async () => {
  const started = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900123', displayName: 'Pat' } });
  expect(started.status, started.text).toBe(201);
  const { consultation, link } = json(started) as { consultation: { id: string }; link: { id: string } };
  return { consultationId: consultation.id, linkId: link.id, token: lastToken() };
};

const resend = (linkId: string) => api.call(operations.resendLink, { claims: host, pathParameters: { linkId } });

/** The patient's links still issued, as stored. */
const liveLinks = async (consultationId: string) => {
  const record = (await api.deps.store.consultations.get(consultationId))!;
  return Object.values(record.links).filter((link) => link.status === 'issued' && link.participantId !== record.hostId);
};

const opened = async (token: string) => {
  const response = await api.call(operations.join, { json: { token } });
  return response.status === 200 ? 'open' : `${response.status} ${String(json(response).error)}`;
};

describe('resending a link', () => {
  it('leaves exactly one live link when the first link is resent three times, and every older token answers 410', async () => {
    const { consultationId, linkId, token } = await consultNow();
    const tokens = [token];
    for (let time = 0; time < 3; time++) {
      const resent = await resend(linkId);
      expect(resent.status, resent.text).toBe(operations.resendLink.status);
      tokens.push(lastToken());
    }
    const live = await liveLinks(consultationId);
    expect(live).toHaveLength(1);
    expect(await opened(tokens.at(-1)!)).toBe('open');
    for (const old of tokens.slice(0, -1)) expect(await opened(old)).toBe('410 link-revoked');
  });

  it('leaves exactly one live link when three resends arrive at once', async () => {
    const { consultationId, linkId, token } = await consultNow();
    const sent = api.outside.messages.length;
    const resent = await Promise.all([resend(linkId), resend(linkId), resend(linkId)]);
    const answered = resent.filter((response) => response.status === operations.resendLink.status);
    expect(answered.length, resent.map((r) => r.text).join('\n')).toBeGreaterThan(0);
    const live = await liveLinks(consultationId);
    expect(live).toHaveLength(1);
    expect(answered.map((response) => (json(response).link as { id: string }).id)).toContain(live[0]!.id);
    const tokens = [token, ...api.outside.messages.slice(sent).map((message) => tokenIn(message.body, 'join')!)];
    const states = await Promise.all(tokens.map(opened));
    expect(states.filter((state) => state === 'open')).toHaveLength(1);
    expect(states.filter((state) => state !== 'open').every((state) => state === '410 link-revoked')).toBe(true);
  });
});
