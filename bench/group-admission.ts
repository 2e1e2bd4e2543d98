import { type Consultation, operations } from '@clinicall/shared';
import { staffClaims, startTestApi, type TestApi } from '../functions/src/testing/api.ts';
import { tokenIn } from '../functions/src/testing/care.ts';
import { ms, percentile, ratio, table } from './stats.ts';

const size = 60;
const rounds = 3;
const alone = 10;
const host = staffClaims(['clinician'], 'staff-test-1');

const ok = <T>(answer: { status: number; json?: unknown; text?: string }, what: string): T => {
  if (answer.status >= 300) throw new Error(`${what} refused: ${answer.status} ${answer.text ?? ''}`);
  return answer.json as T;
};

/** A group session starting now, with `count` people registered through the API, each arrived and waiting. */
const groupWaiting = async (api: TestApi, count: number): Promise<string> => {
  const startsAt = new Date(api.deps.clock.now().getTime() + 60_000).toISOString();
  const { consultation } = ok<{ consultation: Consultation }>(
    await api.call(operations.createConsultation, {
      claims: host,
      json: { type: 'group-consultation', title: 'Bench group', startsAt, durationMinutes: 60 },
    }),
    'create',
  );
  const tokens = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await ok(
        await api.call(operations.register, {
          claims: host,
          pathParameters: { id: consultation.id },
          json: { email: `member${i}@example.org`, displayName: `Member ${i}` },
        }),
        'register',
      );
      return tokenIn(api.outside.messages.findLast((m) => m.to === `member${i}@example.org`)!.body, 'join')!;
    }),
  );
  await Promise.all(
    tokens.map(async (token, i) => {
      await ok(await api.call(operations.join, { json: { token } }), 'join');
      await ok(await api.call(operations.verify, { json: { token, displayName: `Member ${i}` } }), 'verify');
    }),
  );
  return consultation.id;
};

const timed = async (task: () => Promise<void>) => {
  const started = performance.now();
  await task();
  return performance.now() - started;
};

/** The moderator lets in a waiting group with one request, through the group API. */
export const benchGroupAdmission = async (): Promise<string> => {
  const api = await startTestApi('bench-group-admission');
  const admitAll = (id: string, expected: number) => async () => {
    const answer = ok<{ admitted: string[] }>(
      await api.call(operations.admit, { claims: host, pathParameters: { id }, json: { all: true } }),
      'admit',
    );
    if (answer.admitted.length !== expected) throw new Error(`admitted ${answer.admitted.length} of ${expected}`);
  };
  const single: number[] = [];
  for (let i = 0; i < alone; i++) single.push(await timed(admitAll(await groupWaiting(api, 1), 1)));
  const burst: number[] = [];
  for (let round = 0; round < rounds; round++) burst.push(await timed(admitAll(await groupWaiting(api, size), size)));
  await api.close();
  const [oneP50, allP50] = [percentile(single, 50), percentile(burst, 50)];
  return [
    `The moderator admits everyone waiting with one request: ${size} people × ${rounds} rounds, against one person × ${alone}`,
    table([
      ['', 'p50', 'per person'],
      ['one person admitted (baseline)', ms(oneP50), ms(oneP50)],
      [`${size} admitted at once`, ms(allP50), ms(allP50 / size)],
      ['ratio', ratio(allP50, oneP50), ratio(allP50 / size, oneP50)],
    ]),
    'Each admission writes every person’s own item side by side and tells each of them on their own.',
  ].join('\n');
};
