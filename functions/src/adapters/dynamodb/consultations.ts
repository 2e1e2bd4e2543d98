import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError, isConsultationOver } from '@clinicall/shared';
import type { ConsultationRepository } from '#ports';
import type { ConsultationRecord } from '../../consultation/record.ts';
import { isConditionFailure } from './document-client.ts';

/** Enough for any honest contention (50 people racing for one link settle in two rounds). */
const maxRounds = 25;

/**
 * The item as stored. `openHost` (the host's id, only while the consultation is not over) puts
 * it in the sparse index openByHost: the dashboard finds every open consultation however many
 * ended ones came after. Derived on every write, so it changes in the same conditional write as
 * the status.
 */
export const storedConsultation = (record: ConsultationRecord): Record<string, unknown> => {
  const { openHost: _derived, ...rest } = record as ConsultationRecord & { openHost?: string };
  return isConsultationOver(record.status) ? rest : { ...rest, openHost: record.hostId };
};

const fromStored = (item: Record<string, unknown>): ConsultationRecord => {
  const { openHost: _derived, ...record } = item;
  return record as unknown as ConsultationRecord;
};

export const dynamoConsultations = (db: DynamoDBDocumentClient, table: string): ConsultationRepository => {
  const get = async (id: string) => {
    const result = await db.send(new GetCommand({ TableName: table, Key: { id }, ConsistentRead: true }));
    return result.Item && fromStored(result.Item);
  };

  return {
    async add(consultation) {
      try {
        await db.send(
          new PutCommand({ TableName: table, Item: storedConsultation(consultation), ConditionExpression: 'attribute_not_exists(id)' }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new DomainError('conflict', 'That consultation already exists.');
        throw error;
      }
    },
    get,
    async update(id, change) {
      for (let round = 0; round < maxRounds; round++) {
        const current = await get(id);
        if (!current) throw new DomainError('not-found', 'There is no such consultation.');
        const next = change(current);
        if (next === current) return current;
        try {
          await db.send(
            new PutCommand({
              TableName: table,
              Item: storedConsultation({ ...next, version: current.version + 1 }),
              ConditionExpression: 'version = :seen',
              ExpressionAttributeValues: { ':seen': current.version },
            }),
          );
          return { ...next, version: current.version + 1 };
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          // Someone else wrote first: read their version and decide again.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (round + 1)));
        }
      }
      throw new DomainError('conflict', 'The consultation is busy. Please try again.');
    },
    async listByHost(hostId, limit) {
      const result = await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'byHost',
          KeyConditionExpression: 'hostId = :h',
          ExpressionAttributeValues: { ':h': hostId },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (result.Items ?? []).map(fromStored);
    },
    async listOpenByHost(hostId) {
      // Every page: a host has few open consultations, and none may be left off the dashboard.
      const open: ConsultationRecord[] = [];
      let from: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'openByHost',
            KeyConditionExpression: 'openHost = :h',
            ExpressionAttributeValues: { ':h': hostId },
            ScanIndexForward: false,
            ExclusiveStartKey: from,
          }),
        );
        open.push(...(page.Items ?? []).map(fromStored));
        from = page.LastEvaluatedKey;
      } while (from);
      return open;
    },
  };
};
