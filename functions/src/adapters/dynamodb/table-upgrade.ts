import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  ListTagsOfResourceCommand,
  TagResourceCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;

/** How an item from an earlier version is written again: derived index attributes filled in. */
export type Restore = (item: Item) => Item;

const copied = { Key: 'clinicall-copy', Value: 'complete' };

const describe = async (db: DynamoDBDocumentClient, name: string): Promise<TableDescription | undefined> => {
  try {
    const { Table } = await db.send(new DescribeTableCommand({ TableName: name }));
    return Table?.TableStatus === 'DELETING' ? undefined : Table;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
};

/** dynalite creates and deletes tables on a timer (0 ms here): wait until it has. */
const settle = async (db: DynamoDBDocumentClient, name: string, exists: boolean) => {
  for (;;) {
    const table = await describe(db, name);
    if (exists ? table?.TableStatus === 'ACTIVE' : !table) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const create = async (db: DynamoDBDocumentClient, input: CreateTableCommandInput) => {
  await db.send(new CreateTableCommand(input));
  await settle(db, input.TableName!, true);
};

const drop = async (db: DynamoDBDocumentClient, name: string) => {
  await db.send(new DeleteTableCommand({ TableName: name }));
  await settle(db, name, false);
};

/** Puts overwrite: a copy cut short is simply made again. */
const copy = async (db: DynamoDBDocumentClient, from: string, to: string, restore: Restore) => {
  let start: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: from, ConsistentRead: true, ExclusiveStartKey: start }));
    await Promise.all((page.Items ?? []).map((item) => db.send(new PutCommand({ TableName: to, Item: restore(item) }))));
    start = page.LastEvaluatedKey;
  } while (start);
};

const isComplete = async (db: DynamoDBDocumentClient, table: TableDescription) => {
  const { Tags } = await db.send(new ListTagsOfResourceCommand({ ResourceArn: table.TableArn }));
  return (Tags ?? []).some((tag) => tag.Key === copied.Key && tag.Value === copied.Value);
};

const hasIndexes = (table: TableDescription, wanted: CreateTableCommandInput) =>
  (wanted.GlobalSecondaryIndexes ?? []).every((index) =>
    (table.GlobalSecondaryIndexes ?? []).some((have) => have.IndexName === index.IndexName),
  );

/**
 * Makes the table `wanted` describes, keeping what a data directory of an earlier version holds.
 * dynalite cannot add an index to a table (UpdateTable accepts a GSI creation and ignores it),
 * so a table lacking one is rebuilt: copied aside to `<name>-upgrade` (tagged once complete),
 * dropped, made anew and filled back through `restore`. Start-up only (it scans). Each step can
 * be repeated, so a start-up that died half-way finishes the job on the next one.
 */
export const ensureTable = async (db: DynamoDBDocumentClient, wanted: CreateTableCommandInput, restore: Restore = (item) => item) => {
  const name = wanted.TableName!;
  const spareName = `${name}-upgrade`;
  const spareInput = { ...wanted, TableName: spareName };
  let current = await describe(db, name);
  let spare = await describe(db, spareName);
  if (current && !hasIndexes(current, wanted)) {
    if (!spare) {
      await create(db, spareInput);
      spare = await describe(db, spareName);
    }
    await copy(db, name, spareName, restore);
    await db.send(new TagResourceCommand({ ResourceArn: spare!.TableArn, Tags: [copied] }));
    await drop(db, name);
    current = undefined;
  }
  if (spare && !(await isComplete(db, spare))) {
    // Only made while the old table still stood, so the old table is whole: start again next time.
    throw new Error(`${spareName} is an unfinished copy but ${name} is already rebuilt; look at both before starting again.`);
  }
  if (!current) await create(db, wanted);
  if (spare) {
    await copy(db, spareName, name, restore);
    await drop(db, spareName);
  }
};
