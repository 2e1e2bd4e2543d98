import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PortalDevice, PortalLink, PortalRepository } from '#ports';
import { isConditionFailure, queryAll } from './document-client.ts';

const day = 86_400_000;
/** TTL only tidies up, a day after; every read checks expiry itself. */
const housekeeping = (until: string) => ({ expiresAtEpoch: Math.floor((Date.parse(until) + day) / 1000) });

const linkKey = (tokenHash: string) => `portal-link#${tokenHash}`;
const deviceKey = (patientId: string, deviceId: string) => `portal-device#${patientId}#${deviceId}`;
/** The byTopic partition listing a patient's devices, so that all of them can be signed out. */
const devicesTopic = (patientId: string) => `portal-devices#${patientId}`;
/** The byTopic partition listing the portal links sent to a patient, so that erasing the patient finds them. */
const linksTopic = (patientId: string) => `portal-links#${patientId}`;

/** Deletes every item of one byTopic partition; answers how many there were. */
const removeTopic = async (db: DynamoDBDocumentClient, table: string, topic: string) => {
  const items = await queryAll(db, {
    TableName: table,
    IndexName: 'byTopic',
    KeyConditionExpression: 'topic = :t',
    ExpressionAttributeValues: { ':t': topic },
  });
  for (const item of items) await db.send(new DeleteCommand({ TableName: table, Key: { pk: item.pk as string } }));
  return items.length;
};

const deviceOf = (item: Record<string, unknown>): PortalDevice => ({
  patientId: item.patientId as string,
  deviceId: item.deviceId as string,
  sessionHash: item.sessionHash as string,
  createdAt: item.createdAt as string,
  expiresAt: item.expiresAt as string,
});

/** Portal links and remembered devices, in the access table beside link pointers and tickets. */
export const dynamoPortal = (db: DynamoDBDocumentClient, table: string): PortalRepository => ({
  async addLink(tokenHash, link) {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { pk: linkKey(tokenHash), topic: linksTopic(link.patientId), ...link, ...housekeeping(link.expiresAt) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },
  async findLink(tokenHash) {
    const { Item: item } = await db.send(new GetCommand({ TableName: table, Key: { pk: linkKey(tokenHash) }, ConsistentRead: true }));
    if (!item) return undefined;
    return { patientId: item.patientId as string, expiresAt: item.expiresAt as string, attempts: item.attempts as number } satisfies PortalLink;
  },
  async reserveAttempt(tokenHash, now, maxAttempts) {
    try {
      const result = await db.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: linkKey(tokenHash) },
          UpdateExpression: 'SET attempts = attempts + :one',
          ConditionExpression: 'attribute_exists(pk) AND attempts < :max AND expiresAt > :now',
          ExpressionAttributeValues: { ':one': 1, ':max': maxAttempts, ':now': now.toISOString() },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return result.Attributes?.attempts as number;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  },
  async returnAttempt(tokenHash, now, maxAttempts) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: linkKey(tokenHash) },
          UpdateExpression: 'SET attempts = attempts - :one',
          // The caller's own attempt is among those counted, and the count never passed the limit.
          ConditionExpression: 'attribute_exists(pk) AND attempts BETWEEN :one AND :max AND expiresAt > :now',
          ExpressionAttributeValues: { ':one': 1, ':max': maxAttempts, ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },
  async addDevice(device) {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { pk: deviceKey(device.patientId, device.deviceId), topic: devicesTopic(device.patientId), ...device, ...housekeeping(device.expiresAt) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },
  async getDevice(patientId, deviceId) {
    const { Item: item } = await db.send(
      new GetCommand({ TableName: table, Key: { pk: deviceKey(patientId, deviceId) }, ConsistentRead: true }),
    );
    return item ? deviceOf(item) : undefined;
  },
  async removeDevice(patientId, deviceId) {
    await db.send(new DeleteCommand({ TableName: table, Key: { pk: deviceKey(patientId, deviceId) } }));
  },
  removeDevices: (patientId) => removeTopic(db, table, devicesTopic(patientId)),
  removeLinks: (patientId) => removeTopic(db, table, linksTopic(patientId)),
});
