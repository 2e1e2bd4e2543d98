import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { startDynalite } from '../functions/src/adapters/dynamodb/dynalite.ts';
import { tableNames } from '../functions/src/adapters/dynamodb/tables.ts';
import { startTestRuntime } from '../infra/local/src/testing/local-api.ts';
import { concurrently, ms, percentile, ratio, table } from './stats.ts';

const concurrency = 50;
const rounds = 5;

/**
 * The DynamoDB round trips one join + verify needs, sequential as the handlers make them:
 * join reads token pointer, consultation, patient; verify reads those again, re-reads the
 * consultation for the conditional write, writes it, and looks up who listens on two topics.
 */
const rawRoundTrips = async (): Promise<number[]> => {
  const dynamo = await startDynalite({ tablePrefix: 'bench' });
  const names = tableNames('bench');
  const db = dynamo.db;
  for (let i = 0; i < concurrency; i++) {
    await db.send(new PutCommand({ TableName: names.access, Item: { pk: `token#${i}`, consultationId: `c${i}`, linkId: 'l' } }));
    await db.send(new PutCommand({ TableName: names.consultations, Item: { id: `c${i}`, hostId: 'h', createdAt: 'x', version: 1, payload: 'x'.repeat(1500) } }));
  }
  await db.send(new PutCommand({ TableName: names.patients, Item: { id: 'p', givenPrefix: 'al', givenSort: 'a', familyPrefix: 'ex', familySort: 'e', dateOfBirth: '1980-04-12', directory: 'patients' } }));
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    samples.push(
      ...(await concurrently(concurrency, async (i) => {
        const get = (TableName: string, Key: Record<string, string>) => db.send(new GetCommand({ TableName, Key, ConsistentRead: true }));
        const topic = (t: string) =>
          db.send(new QueryCommand({ TableName: names.access, IndexName: 'byTopic', KeyConditionExpression: 'topic = :t', ExpressionAttributeValues: { ':t': t } }));
        for (let pass = 0; pass < 2; pass++) {
          await get(names.access, { pk: `token#${i}` });
          await get(names.consultations, { id: `c${i}` });
          await get(names.patients, { id: 'p' });
        }
        const current = await get(names.consultations, { id: `c${i}` });
        await db.send(
          new PutCommand({
            TableName: names.consultations,
            Item: { ...current.Item, version: (current.Item!.version as number) + 1 },
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': current.Item!.version as number },
          }),
        );
        await topic('staff#h');
        await topic(`consultation#c${i}`);
      })),
    );
  }
  await dynamo.close();
  return samples;
};

const throughApi = async (): Promise<number[]> => {
  const clinic = await startTestRuntime({ linkTtlSeconds: 600 });
  const staff = await clinic.api.signIn();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const tokens: string[] = [];
    for (let i = 0; i < concurrency; i++) {
      await clinic.api.request('/api/consult-now', { token: staff, json: { patientId: 'patient-alex-example' } });
      tokens.push((await clinic.api.latestLink()).token);
    }
    samples.push(
      ...(await concurrently(concurrency, async (i) => {
        const token = tokens[i]!;
        const joined = await clinic.api.request('/api/join', { json: { token } });
        const verified = await clinic.api.request('/api/join/verify', { json: { token, dateOfBirth: '1980-04-12' } });
        if (joined.status !== 200 || verified.status !== 200) throw new Error(`join ${joined.status}, verify ${verified.status}`);
      })),
    );
  }
  await clinic.dispose();
  return samples;
};

export const benchJoinVerify = async (): Promise<string> => {
  const raw = await rawRoundTrips();
  const api = await throughApi();
  const rawP50 = percentile(raw, 50);
  const rawP99 = percentile(raw, 99);
  const apiP50 = percentile(api, 50);
  const apiP99 = percentile(api, 99);
  return [
    `join + verify, ${concurrency} at once × ${rounds} rounds (target ≤ 3× the raw DynamoDB round trips)`,
    table([
      ['', 'p50', 'p99'],
      ['raw dynalite round trips (baseline)', ms(rawP50), ms(rawP99)],
      ['POST /api/join + /api/join/verify', ms(apiP50), ms(apiP99)],
      ['ratio', ratio(apiP50, rawP50), ratio(apiP99, rawP99)],
    ]),
  ].join('\n');
};
