import { operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Claims, staffClaims, startTestApi, type TestApi } from '../testing/api.ts';

let api: TestApi;
let now = Date.parse('2026-03-02T09:00:00Z');
const host: Claims = staffClaims(['clinician'], 'staff-busy');

beforeAll(async () => {
  api = await startTestApi('dashboard', { now: () => new Date(now) });
});
afterAll(() => api.close());

type Json = Record<string, unknown>;
const json = (response: { json: unknown }) => response.json as Json;
const latestToken = () => /\/join#([A-Za-z0-9_-]+)/.exec(api.outside.messages.at(-1)!.body)![1]!;

const consultNow = async () => {
  const sent = await api.call(operations.consultNow, { claims: host, json: { mobile: '07700 900456' } });
  expect(sent.status, sent.text).toBe(201);
  return (json(sent).consultation as Json).id as string;
};

const listed = async (status: 'open' | 'ended') => {
  const answer = await api.call(operations.listConsultations, { claims: host, query: { status } });
  expect(answer.status, answer.text).toBe(200);
  return (json(answer).consultations as { id: string; status: string; participants: { state: string }[] }[]);
};

describe("the clinician's dashboard", () => {
  test('lists an open consultation with a waiting patient behind 101 newer ended ones', async () => {
    const waiting = await consultNow();
    const entered = await api.call(operations.verify, { json: { token: latestToken(), displayName: 'Pat Waiting' } });
    expect(entered.status, entered.text).toBe(200);

    const ended: string[] = [];
    for (let i = 0; i < 101; i++) {
      now += 60_000;
      const id = await consultNow();
      const end = await api.call(operations.endConsultation, {
        claims: host,
        pathParameters: { id },
        json: { result: 'unsuccessful', technicalProblems: false },
      });
      expect(end.status, end.text).toBe(200);
      ended.push(id);
    }

    const open = await listed('open');
    expect(open.map((c) => c.id)).toEqual([waiting]);
    expect(open[0]!.participants.map((p) => p.state)).toContain('waiting');
    // Recent consultations: the 50 newest of those that are over, newest first.
    expect((await listed('ended')).map((c) => c.id)).toEqual(ended.slice(-50).reverse());
  }, 60_000);

  test('drops a consultation from the open list in the same write that ends it', async () => {
    const id = await consultNow();
    expect((await listed('open')).map((c) => c.id)).toContain(id);
    await api.call(operations.endConsultation, { claims: host, pathParameters: { id }, json: { result: 'completed', technicalProblems: false } });
    expect((await listed('open')).map((c) => c.id)).not.toContain(id);
  });
});
