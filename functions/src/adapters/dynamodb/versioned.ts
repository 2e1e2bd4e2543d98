import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '@clinicall/shared';
import type { VersionedRepository } from '#ports';
import { isConditionFailure } from './document-client.ts';

type Item = Record<string, unknown>;

/** Enough for any honest contention, as for consultations. */
const maxRounds = 25;

/** How one kind of record sits in its table. */
export interface ItemShape<T> {
  /** What it is called in messages: "There is no such …". */
  readonly name: string;
  readonly key: (id: string) => Item;
  /** The key attribute a new item must not find taken. */
  readonly keyAttribute: string;
  readonly toItem: (record: T) => Item;
  /** The record, or undefined when the item is of another kind. */
  readonly fromItem: (item: Item) => T | undefined;
}

/** Records of one item each, every change one write conditional on the version read, retried on a lost race. */
export const versionedItems = <T extends { id: string; version: number }>(
  db: DynamoDBDocumentClient,
  table: string,
  shape: ItemShape<T>,
): VersionedRepository<T> => {
  const get = async (id: string): Promise<T | undefined> => {
    const { Item: item } = await db.send(new GetCommand({ TableName: table, Key: shape.key(id), ConsistentRead: true }));
    return item && shape.fromItem(item);
  };
  return {
    async add(record) {
      const stored = { ...record, version: 1 } as T;
      try {
        await db.send(
          new PutCommand({ TableName: table, Item: shape.toItem(stored), ConditionExpression: `attribute_not_exists(${shape.keyAttribute})` }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new DomainError('conflict', `That ${shape.name} already exists.`);
        throw error;
      }
      return stored;
    },
    get,
    async update(id, change) {
      for (let round = 0; round < maxRounds; round++) {
        const current = await get(id);
        if (!current) throw new DomainError('not-found', `There is no such ${shape.name}.`);
        const next = change(current);
        if (next === current) return current;
        const written = { ...next, version: current.version + 1 };
        try {
          await db.send(
            new PutCommand({
              TableName: table,
              Item: shape.toItem(written),
              ConditionExpression: 'version = :seen',
              ExpressionAttributeValues: { ':seen': current.version },
            }),
          );
          return written;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (round + 1)));
        }
      }
      throw new DomainError('conflict', `The ${shape.name} is busy. Please try again.`);
    },
    async remove(id) {
      await db.send(new DeleteCommand({ TableName: table, Key: shape.key(id) }));
    },
  };
};
