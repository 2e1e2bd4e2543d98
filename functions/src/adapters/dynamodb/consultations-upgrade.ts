import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { fromEarlierItem } from './consultation-items.ts';

type Item = Record<string, unknown>;

const exists = async (db: DynamoDBDocumentClient, name: string) => {
  try {
    const { Table } = await db.send(new DescribeTableCommand({ TableName: name }));
    return Table?.TableStatus !== 'DELETING';
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return false;
    throw error;
  }
};

/**
 * Copies every consultation of a table an earlier version kept (one item each) into today's
 * table, as a header and one item per person. Puts overwrite with the same items, so a copy
 * cut short is simply made again. Answers how many consultations were copied.
 */
export const copyEarlierConsultations = async (db: DynamoDBDocumentClient, from: string, to: string): Promise<number> => {
  let copied = 0;
  let start: Item | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName: from, ConsistentRead: true, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      await Promise.all(fromEarlierItem(item).map((Item) => db.send(new PutCommand({ TableName: to, Item }))));
      copied++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return copied;
};

/**
 * Local start-up: a data directory of an earlier version still has the one-item-per-consultation
 * table (and perhaps its `-upgrade` copy, from an index upgrade that died half-way). Everything
 * in them is copied into today's table, then they are dropped, only once the copy is whole: a
 * start-up that dies half-way copies again on the next one.
 */
export const upgradeEarlierConsultations = async (db: DynamoDBDocumentClient, earlier: string, today: string) => {
  for (const name of [earlier, `${earlier}-upgrade`]) {
    if (!(await exists(db, name))) continue;
    await copyEarlierConsultations(db, name, today);
  }
  for (const name of [earlier, `${earlier}-upgrade`]) {
    if (!(await exists(db, name))) continue;
    await db.send(new DeleteTableCommand({ TableName: name }));
    while (await exists(db, name)) await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
