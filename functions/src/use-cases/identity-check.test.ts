import { maxVerificationAttempts, operations } from '@clinicall/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../secrets.ts';
import { staffClaims, startTestApi, type Response, type TestApi } from '../testing/api.ts';
import { addPatient, json, tokenIn } from '../testing/care.ts';
import { newPortalUrl } from './portal-session.ts';

/**
 * Many dates of birth at once on one link, through the route table's handlers on dynalite: an
 * attempt is taken before a date is compared, so at most five dates are ever compared per link
 * and the right one never wins once five wrong ones were counted.
 */

const born = '1980-04-12';
const guesses = 200;
const rounds = 4;
const host = staffClaims(['clinician'], 'burst-host');
let api: TestApi;
let alex = '';

beforeAll(async () => {
  api = await startTestApi('identity-burst');
  alex = await addPatient(api, host, { givenName: 'Alex', familyName: 'Example', dateOfBirth: born, mobile: '07700 900123' });
});
afterAll(() => api.close());

/** 199 real, wrong dates and the right one at a random place among them. */
const burstOf = (): { dates: string[]; right: number } => {
  const dates: string[] = [];
  for (let day = 0; dates.length < guesses - 1; day++) {
    const date = new Date(Date.UTC(1979, 0, 1 + day)).toISOString().slice(0, 10);
    if (date !== born) dates.push(date);
  }
  const right = Math.floor(Math.random() * guesses);
  dates.splice(right, 0, born);
  return { dates, right };
};

/**
 * Counts reads of Alex's record while a burst runs: the date on record is read only to be
 * compared, so this is how many dates were compared. The real store still answers each read.
 */
const comparing = async <T>(burst: () => Promise<T>): Promise<{ result: T; compared: number }> => {
  const patients = api.deps.store.patients as { get: typeof api.deps.store.patients.get };
  const read = patients.get.bind(patients);
  let compared = 0;
  patients.get = (id) => {
    if (id === alex) compared++;
    return read(id);
  };
  try {
    return { result: await burst(), compared };
  } finally {
    patients.get = read;
  }
};

const codeOf = (response: Response) => (response.status === 200 ? 'ok' : String(json(response).error));
const tally = (responses: Response[]) => {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[codeOf(response)] = (counts[codeOf(response)] ?? 0) + 1;
  return counts;
};

describe('POST /api/portal/sign-in under a burst of dates of birth', () => {
  const portalToken = async () => tokenIn(await newPortalUrl(api.deps, alex), 'portal')!;
  const signIn = (token: string, dateOfBirth: string) => api.call(operations.portalSignIn, { json: { token, dateOfBirth } });

  it('compares at most five per link, and the right date never wins after five wrong ones', async () => {
    const figures = [];
    for (let round = 0; round < rounds; round++) {
      const token = await portalToken();
      const { dates, right } = burstOf();
      const { result: answers, compared } = await comparing(() => Promise.all(dates.map((date) => signIn(token, date))));
      const counts = tally(answers);
      // Wrong dates keep their attempt; a right one gave its own back.
      const wrongCounted = (await api.deps.store.portal.findLink(hashSecret(token)))!.attempts;
      const won = answers[right]!.status === 200;
      figures.push({ round, compared, wrongCounted, won, counts });
      expect(compared, JSON.stringify(counts)).toBeLessThanOrEqual(maxVerificationAttempts);
      expect(compared).toBe(wrongCounted + (won ? 1 : 0));
      expect((counts['verification-failed'] ?? 0) + (counts.ok ?? 0)).toBeLessThanOrEqual(maxVerificationAttempts);
      expect(Object.keys(counts).filter((code) => !['ok', 'verification-failed', 'link-locked'].includes(code))).toEqual([]);
      if (won) expect(wrongCounted).toBeLessThan(maxVerificationAttempts);
      if (wrongCounted === maxVerificationAttempts) {
        expect(won).toBe(false);
        expect(codeOf(await signIn(token, born))).toBe('link-locked');
      }
    }
    if (process.env.BURST_FIGURES) console.log('portal', JSON.stringify(figures));
  }, 60_000);

  it('a link with four wrong dates compares only one more of a burst', async () => {
    const token = await portalToken();
    for (const wrong of ['1980-04-13', '1981-04-12', '1980-12-04', '2000-01-01']) expect(codeOf(await signIn(token, wrong))).toBe('verification-failed');
    const { dates } = burstOf();
    const { result, compared } = await comparing(() => Promise.all(dates.map((date) => signIn(token, date))));
    const counts = tally(result);
    expect(compared).toBeLessThanOrEqual(1);
    expect((counts['verification-failed'] ?? 0) + (counts.ok ?? 0)).toBeLessThanOrEqual(1);
    expect(counts['link-locked']).toBeGreaterThanOrEqual(guesses - 1);
  });

  it('signing in again and again never uses the link up', async () => {
    const token = await portalToken();
    for (let time = 0; time < maxVerificationAttempts + 3; time++) expect(codeOf(await signIn(token, born))).toBe('ok');
    expect((await api.deps.store.portal.findLink(hashSecret(token)))!.attempts).toBe(0);
    expect(json(await signIn(token, '1980-04-13')).attemptsLeft).toBe(maxVerificationAttempts - 1);
  });
});

describe('POST /api/join/verify under a burst of dates of birth', () => {
  const consultNow = async () => {
    const started = await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    expect(started.status, started.text).toBe(201);
    const { consultation, link } = json(started) as { consultation: { id: string }; link: { id: string } };
    return { consultationId: consultation.id, linkId: link.id, token: tokenIn(api.outside.messages.at(-1)!.body, 'join')! };
  };
  const verify = (token: string, dateOfBirth: string) => api.call(operations.verify, { json: { token, dateOfBirth } });

  it('compares at most five per link, and the right date never wins after five wrong ones', async () => {
    const figures = [];
    for (let round = 0; round < rounds; round++) {
      const { consultationId, linkId, token } = await consultNow();
      const { dates, right } = burstOf();
      const { result: answers, compared } = await comparing(() => Promise.all(dates.map((date) => verify(token, date))));
      const counts = tally(answers);
      const link = (await api.deps.store.consultations.get(consultationId))!.links[linkId]!;
      const won = answers[right]!.status === 200;
      figures.push({ round, compared, attempts: link.attempts, won, status: link.status, counts });
      expect(compared, JSON.stringify(counts)).toBeLessThanOrEqual(maxVerificationAttempts);
      // Every date compared took an attempt first, and a consultation link never gives one back.
      expect(compared).toBe(link.attempts);
      expect((counts['verification-failed'] ?? 0) + (counts.ok ?? 0)).toBeLessThanOrEqual(maxVerificationAttempts);
      expect(Object.keys(counts).filter((code) => !['ok', 'verification-failed', 'link-locked', 'link-used'].includes(code))).toEqual([]);
      expect(counts.ok ?? 0).toBeLessThanOrEqual(1);
      expect(link.status).toBe(won ? 'used' : 'locked');
      if (!won) expect(codeOf(await verify(token, born))).toBe('link-locked');
    }
    if (process.env.BURST_FIGURES) console.log('join', JSON.stringify(figures));
  }, 120_000);

  it('a link with four wrong dates compares only one more of a burst, and the fifth wrong one locks it', async () => {
    const { token } = await consultNow();
    for (const wrong of ['1980-04-13', '1981-04-12', '1980-12-04', '2000-01-01']) expect(codeOf(await verify(token, wrong))).toBe('verification-failed');
    const { dates } = burstOf();
    const { result, compared } = await comparing(() => Promise.all(dates.map((date) => verify(token, date))));
    const counts = tally(result);
    expect(compared).toBeLessThanOrEqual(1);
    expect((counts['verification-failed'] ?? 0) + (counts.ok ?? 0)).toBeLessThanOrEqual(1);
    // The rest wait for the one running check: locked if it was wrong, used if it was right.
    expect((counts['link-locked'] ?? 0) + (counts['link-used'] ?? 0)).toBeGreaterThanOrEqual(guesses - 1);
    expect(codeOf(await api.call(operations.join, { json: { token } }))).toMatch(/^(link-locked|link-used)$/);
  });
});

describe('a date of birth that cannot be one', () => {
  const impossible = ['1980-02-30', '1980-13-01', '2999-01-01', '1700-01-01'];

  it('is refused with 400 by /api/join/verify and costs no attempt', async () => {
    const started = await api.call(operations.consultNow, { claims: host, json: { patientId: alex } });
    const { consultation, link } = json(started) as { consultation: { id: string }; link: { id: string } };
    const token = tokenIn(api.outside.messages.at(-1)!.body, 'join')!;
    for (const dateOfBirth of impossible) {
      const refused = await api.call(operations.verify, { json: { token, dateOfBirth } });
      expect(refused.status, refused.text).toBe(400);
      expect(json(refused).error).toBe('invalid-request');
      expect(json(refused).message).toMatch(/date/i);
    }
    expect((await api.deps.store.consultations.get(consultation.id))!.links[link.id]!.attempts).toBe(0);
    expect((await api.call(operations.verify, { json: { token, dateOfBirth: born } })).status).toBe(200);
  });

  it('is refused with 400 by /api/portal/sign-in and costs no attempt', async () => {
    const token = tokenIn(await newPortalUrl(api.deps, alex), 'portal')!;
    for (const dateOfBirth of impossible) {
      const refused = await api.call(operations.portalSignIn, { json: { token, dateOfBirth } });
      expect(refused.status, refused.text).toBe(400);
      expect(json(refused).error).toBe('invalid-request');
      expect(json(refused).message).toMatch(/date/i);
    }
    expect((await api.deps.store.portal.findLink(hashSecret(token)))!.attempts).toBe(0);
  });

  it('is refused with 400 when adding a patient', async () => {
    const refused = await api.call(operations.createPatient, {
      claims: host,
      json: { givenName: 'Imp', familyName: 'Possible', dateOfBirth: '1980-02-30' },
    });
    expect(refused.status, refused.text).toBe(400);
    expect(json(refused).error).toBe('invalid-request');
  });
});
