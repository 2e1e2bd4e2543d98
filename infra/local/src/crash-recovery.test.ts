import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { join } from 'node:path';
import { startDynalite } from '@clinicall/functions/adapters/dynamodb/dynalite';
import { tableNames, tables } from '@clinicall/functions/adapters/dynamodb/tables';
import { afterAll, describe, expect, test } from 'vitest';
import { startTestRuntime, type TestRuntime } from './testing/local-api.ts';
import { type Command, mortal, until } from './testing/mortal-store.ts';

type Item = Record<string, unknown>;

const linkTtlSeconds = 1;

const started: TestRuntime[] = [];
afterAll(async () => {
  for (const runtime of started) await runtime.dispose().catch(() => undefined);
});

interface Journey {
  readonly clinic: TestRuntime;
  readonly hostId: string;
}

/** Consult Now to the seeded patient, run up to the point where its link has lapsed and its timer is gone. */
const consultNow = async (clinic: TestRuntime) => {
  const staff = await clinic.api.signIn();
  const hostId = (JSON.parse(Buffer.from(staff.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub;
  // Not awaited: in a dying process this request never answers.
  const answer = clinic.api.request('/api/consult-now', { token: staff, json: { patientId: 'patient-alex-example' } });
  answer.catch(() => undefined);
  return { answer, hostId };
};

const consultationsOf = ({ clinic, hostId }: Journey) => clinic.dependencies.store.consultations.listByHost(hostId, 10);

const settled = async (journey: Journey) => {
  const [consultation] = await consultationsOf(journey);
  // The contact purge waits for the retention after the consultation; the link's own timer is what is watched here.
  const timers = (await journey.clinic.dependencies.store.access.pendingTimers()).filter((t) => t.kind === 'link-expiry');
  return consultation && Object.values(consultation.links).every((l) => l.status === 'expired') && timers.length === 0 ? true : undefined;
};

const keyOf = (table: string, item: Item): Item => {
  const name = Object.entries(tableNames('clinicall')).find(([, physical]) => physical === table)![0] as keyof typeof tables;
  const definition: { partitionKey: string; sortKey?: string } = tables[name];
  return {
    [definition.partitionKey]: item[definition.partitionKey],
    ...(definition.sortKey && { [definition.sortKey]: item[definition.sortKey] }),
  };
};

describe('Consult Now, with the local runtime killed between any two of its writes', () => {
  let journeyWrites = 0;

  test('a whole journey (link sent, lapsed, timer gone) is counted first', async () => {
    const store = mortal();
    const clinic = await startTestRuntime({ linkTtlSeconds, wrapDocumentClient: store.wrap });
    started.push(clinic);
    const before = store.acknowledged.length;
    const { answer, hostId } = await consultNow(clinic);
    expect((await answer).status).toBe(201);
    await until('the link lapses', () => settled({ clinic, hostId }));
    const timerGone = (w: Command) => w.constructor.name === 'DeleteCommand' && String((w.input.Key as Item).pk).startsWith('timer#');
    await until('its timer is removed', () => Promise.resolve(store.acknowledged.some(timerGone) || undefined));
    journeyWrites = store.acknowledged.length - before;
    // The sign-in's audit entry, two link pointers, the contact purge's pending timer, the
    // consultation (its two people, then its header), its link's pending timer, Consult Now's audit
    // entry, the lapse, the timer's removal.
    expect(journeyWrites).toBe(11);
    await clinic.dispose();
  }, 30_000);

  test('after every crash point, a restart loses nothing written and every issued link gets an expiry', async () => {
    expect(journeyWrites).toBeGreaterThan(0);
    for (let allowed = 1; allowed <= journeyWrites; allowed++) {
      const store = mortal();
      const clinic = await startTestRuntime({ linkTtlSeconds, wrapDocumentClient: store.wrap });
      started.push(clinic);
      const seeded = store.acknowledged.length;
      store.dieAfter(allowed);
      const { hostId } = await consultNow(clinic);
      await until(`write ${allowed}`, () => Promise.resolve(store.isDead() ? true : undefined));
      const written = store.acknowledged.slice(seeded);
      await clinic.close(); // the process is gone

      // Nothing acknowledged is lost: on the data directory as the crash left it, every item put
      // is there (unless a later acknowledged delete removed it), at least at the version written.
      const leftBehind = await startDynalite({ path: join(clinic.dataDir, 'dynamodb') });
      for (const [i, { constructor, input }] of written.entries()) {
        if (constructor.name !== 'PutCommand') continue;
        const table = input.TableName as string;
        const key = keyOf(table, input.Item as Item);
        const deletedLater = written
          .slice(i + 1)
          .some((w) => w.constructor.name === 'DeleteCommand' && JSON.stringify(w.input.Key) === JSON.stringify(key));
        if (deletedLater) continue;
        const { Item: stored } = await leftBehind.db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
        expect(stored, `crash after write ${allowed}: ${JSON.stringify(key)}`).toBeDefined();
        const version = (input.Item as Item).version;
        if (typeof version === 'number') expect(stored!.version as number).toBeGreaterThanOrEqual(version);
      }
      await leftBehind.close();

      const fresh = await startTestRuntime({ linkTtlSeconds }, clinic.dataDir);
      started.push(fresh);
      const journey = { clinic: fresh, hostId };

      // Every link still issued has its timer armed the moment the runtime is up…
      const armed = new Set((await fresh.dependencies.store.access.pendingTimers()).map((t) => t.id));
      for (const consultation of await consultationsOf(journey)) {
        for (const link of Object.values(consultation.links)) {
          if (link.status === 'issued') expect(armed, `crash after write ${allowed}`).toContain(`${consultation.id}.${link.id}`);
        }
      }
      // …and once due, the clinician sees it expired.
      const [consultation] = await consultationsOf(journey);
      if (consultation) {
        await until(`crash after write ${allowed}: the link lapses`, () => settled(journey));
        const seen = await fresh.api.request<{ links: { status: string }[] }>(`/api/consultations/${consultation.id}`, {
          token: await fresh.api.signIn(),
        });
        expect(seen.body.links.map((l) => l.status)).toEqual(['expired']);
      }
      await fresh.dispose();
    }
  }, 180_000);
});
