import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, ListTablesCommand, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterEach, describe, expect, test } from 'vitest';
import { admit } from '../../consultation/changes.ts';
import type { ConsultationRecord, LinkRecord, ParticipantRecord } from '../../consultation/record.ts';
import { fromEarlierItem } from './consultation-items.ts';
import { documentClient } from './document-client.ts';
import { createTableInput, startDynalite } from './dynalite.ts';
import { dynamoStore } from './store.ts';
import { earlierConsultationsTable, tableNames, tables } from './tables.ts';

const prefix = 'clinicall';
const name = earlierConsultationsTable(prefix);
/** The consultations table as earlier versions made it: one item per consultation, keyed by id. */
const earlierDefinition = { partitionKey: 'id', indexes: { byHost: { partitionKey: 'hostId', sortKey: 'createdAt' } } };
/** The oldest had no openByHost index either. */
const earlierTable = createTableInput(name, earlierDefinition);

const person = (id: string, state: ParticipantRecord['state'], extra: Partial<ParticipantRecord> = {}): ParticipantRecord => ({
  id,
  role: 'patient',
  displayName: `Person ${id}`,
  state,
  updatedAt: '2026-01-01T09:05:00.000Z',
  ...extra,
});
const link = (id: string, participantId: string, status: LinkRecord['status']): LinkRecord => ({
  id,
  participantId,
  channel: 'sms',
  destination: '+447700900123',
  sentTo: '•••• 123',
  createdAt: '2026-01-01T09:00:00.000Z',
  expiresAt: '2026-01-01T10:00:00.000Z',
  status,
  attempts: 2,
});
const consultation = (id: string, status: ConsultationRecord['status'], createdAt: string, state: ParticipantRecord['state']): ConsultationRecord => ({
  id,
  type: 'consult-now',
  status,
  hostId: 'staff-earlier',
  hostName: 'Dr Earlier',
  createdAt,
  participants: {
    host: person('host', 'admitted', { role: 'clinician', staffId: 'staff-earlier' }),
    [`${id}-patient`]: person(`${id}-patient`, state, { patientId: 'patient-alex', sessionHash: 'hash' }),
    [`${id}-interpreter`]: person(`${id}-interpreter`, 'invited', { role: 'interpreter' }),
  },
  links: {
    [`${id}-used`]: link(`${id}-used`, `${id}-patient`, 'used'),
    [`${id}-resent`]: link(`${id}-resent`, `${id}-patient`, 'revoked'),
    [`${id}-interpreter-link`]: link(`${id}-interpreter-link`, `${id}-interpreter`, status === 'ended' ? 'revoked' : 'issued'),
  },
  version: 3,
});
const waiting = consultation('c-waiting', 'in-progress', '2026-01-01T09:00:00.000Z', 'waiting');
const over = { ...consultation('c-over', 'ended', '2026-01-01T10:00:00.000Z', 'left'), endedAt: '2026-01-01T10:30:00.000Z' };
const overAsStored: ConsultationRecord = {
  ...over,
  participants: Object.fromEntries(
    Object.values(over.participants).map((p) => [p.id, p.state === 'left' ? p : { ...p, state: 'left', updatedAt: over.endedAt }]),
  ),
};

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  dirs = [];
});

/** A data directory as an earlier version left it, shaped by `prepare` on a bare dynalite. */
const earlierDataDir = async (prepare: (db: DynamoDBDocumentClient) => Promise<void>) => {
  const path = await mkdtemp(join(tmpdir(), 'clinicall-upgrade-'));
  dirs.push(path);
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const db = documentClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await prepare(db);
  db.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return path;
};

const createActive = async (db: DynamoDBDocumentClient, input: typeof earlierTable) => {
  await db.send(new CreateTableCommand(input));
  while ((await db.send(new DescribeTableCommand({ TableName: input.TableName }))).Table?.TableStatus !== 'ACTIVE') {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const putAll = (db: DynamoDBDocumentClient, table: string) =>
  Promise.all([waiting, over].map((item) => db.send(new PutCommand({ TableName: table, Item: item }))));

/** Starts today's version on the directory: its data must be whole and the dashboard must see the open one. */
const expectUpgraded = async (path: string) => {
  const dynamo = await startDynalite({ path, tablePrefix: prefix });
  try {
    const store = dynamoStore(dynamo.db, prefix);
    expect((await store.consultations.listOpenByHost('staff-earlier')).map((c) => c.id)).toEqual(['c-waiting']);
    expect(await store.consultations.get('c-waiting')).toEqual(waiting);
    expect(await store.consultations.get('c-over')).toEqual(overAsStored);
    // And today's store changes it.
    const admitted = await store.consultations.update('c-waiting', (current) => admit(current, 'c-waiting-patient', new Date()));
    expect(admitted.participants['c-waiting-patient']?.state).toBe('admitted');
    const { TableNames } = await dynamo.db.send(new ListTablesCommand({}));
    expect(TableNames).not.toContain(name);
    expect(TableNames).not.toContain(`${name}-upgrade`);
  } finally {
    await dynamo.close();
  }
};

describe('a data directory that kept each consultation in one item', () => {
  test('keeps every consultation, each person apart, and its open ones are on the dashboard', async () => {
    const path = await earlierDataDir(async (db) => {
      await createActive(db, earlierTable);
      await putAll(db, name);
    });
    await expectUpgraded(path);
  });

  test('is finished on the next start when the last one died half-way through copying aside', async () => {
    const path = await earlierDataDir(async (db) => {
      await createActive(db, earlierTable);
      await putAll(db, name);
      await createActive(db, createTableInput(`${name}-upgrade`, earlierDefinition));
      await db.send(new PutCommand({ TableName: `${name}-upgrade`, Item: waiting }));
    });
    await expectUpgraded(path);
  });

  test('is finished on the next start when the last one died half-way through copying into today\'s table', async () => {
    const path = await earlierDataDir(async (db) => {
      await createActive(db, earlierTable);
      await putAll(db, name);
      await createActive(db, createTableInput(tableNames(prefix).consultations, tables.consultations));
      for (const Item of fromEarlierItem(waiting as unknown as Record<string, unknown>).slice(0, 2)) {
        await db.send(new PutCommand({ TableName: tableNames(prefix).consultations, Item }));
      }
    });
    await expectUpgraded(path);
  });

  test('is finished on the next start when an index upgrade died after dropping the old table', async () => {
    const path = await earlierDataDir(async (db) => {
      await createActive(db, createTableInput(`${name}-upgrade`, earlierDefinition));
      await putAll(db, `${name}-upgrade`);
      const { Table } = await db.send(new DescribeTableCommand({ TableName: `${name}-upgrade` }));
      await db.send(new TagResourceCommand({ ResourceArn: Table!.TableArn, Tags: [{ Key: 'clinicall-copy', Value: 'complete' }] }));
    });
    await expectUpgraded(path);
  });
});

describe('a data directory made before an index was added', () => {
  test('gets the index, and keeps what the table held', async () => {
    const appointments = tableNames(prefix).appointments;
    const { openRequests: _added, ...earlierIndexes } = tables.appointments.indexes;
    const request = { id: 'request-1', kind: 'request', patientId: 'patient-alex', startsAt: '2026-01-01T09:00:00.000Z', requestQueue: 'care-team', createdAt: '2026-01-01T09:00:00.000Z' };
    const path = await earlierDataDir(async (db) => {
      await createActive(db, createTableInput(appointments, { ...tables.appointments, indexes: earlierIndexes }));
      await db.send(new PutCommand({ TableName: appointments, Item: request }));
    });
    const dynamo = await startDynalite({ path, tablePrefix: prefix });
    try {
      const { Items } = await dynamo.db.send(
        new QueryCommand({ TableName: appointments, IndexName: 'openRequests', KeyConditionExpression: 'requestQueue = :q', ExpressionAttributeValues: { ':q': 'care-team' } }),
      );
      expect(Items).toEqual([request]);
    } finally {
      await dynamo.close();
    }
  });
});
