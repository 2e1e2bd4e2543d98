import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, ListTablesCommand, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterEach, describe, expect, test } from 'vitest';
import type { ConsultationRecord } from '../../consultation/record.ts';
import { documentClient } from './document-client.ts';
import { createTableInput, startDynalite } from './dynalite.ts';
import { dynamoStore } from './store.ts';
import { tableNames, tables } from './tables.ts';

const prefix = 'clinicall';
const name = tableNames(prefix).consultations;
const { openByHost: _added, ...earlierIndexes } = tables.consultations.indexes;
/** The consultations table as an earlier version made it: no openByHost index. */
const earlierTable = createTableInput(name, { ...tables.consultations, indexes: earlierIndexes });

const consultation = (id: string, status: ConsultationRecord['status'], createdAt: string): ConsultationRecord => ({
  id,
  type: 'consult-now',
  status,
  hostId: 'staff-earlier',
  hostName: 'Dr Earlier',
  createdAt,
  participants: {},
  links: {},
  version: 3,
});
const waiting = consultation('c-waiting', 'in-progress', '2026-01-01T09:00:00.000Z');
const over = consultation('c-over', 'ended', '2026-01-01T10:00:00.000Z');

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
    expect(await store.consultations.get('c-over')).toEqual(over);
    const { TableNames } = await dynamo.db.send(new ListTablesCommand({}));
    expect(TableNames).not.toContain(`${name}-upgrade`);
  } finally {
    await dynamo.close();
  }
};

describe('a data directory made before the open-consultations index', () => {
  test('gets the index, and its open consultations are on the dashboard', async () => {
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
      await createActive(db, createTableInput(`${name}-upgrade`, tables.consultations));
      await db.send(new PutCommand({ TableName: `${name}-upgrade`, Item: waiting }));
    });
    await expectUpgraded(path);
  });

  test('is finished on the next start when the last one died after dropping the old table', async () => {
    const path = await earlierDataDir(async (db) => {
      await createActive(db, createTableInput(`${name}-upgrade`, tables.consultations));
      await putAll(db, `${name}-upgrade`);
      const { Table } = await db.send(new DescribeTableCommand({ TableName: `${name}-upgrade` }));
      await db.send(new TagResourceCommand({ ResourceArn: Table!.TableArn, Tags: [{ Key: 'clinicall-copy', Value: 'complete' }] }));
    });
    await expectUpgraded(path);
  });
});
