import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { AccessRepository, LinkPointer, PendingTimer, Subscription } from '#ports';
import { isConditionFailure } from './document-client.ts';

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
const day = 86_400_000;

/** TTL only tidies up; every read checks validity itself. */
const housekeeping = (until: Date) => ({ expiresAtEpoch: epochSeconds(new Date(until.getTime() + day)) });

const subscriptionOf = (item: Record<string, unknown>): Subscription => ({
  topic: item.topic as string,
  peerId: item.peerId as string,
  ...(typeof item.consultationId === 'string' && { consultationId: item.consultationId }),
  ...(item.staff === true && { staff: true }),
});

export const dynamoAccess = (db: DynamoDBDocumentClient, table: string): AccessRepository => {
  const put = (item: Record<string, unknown>, onlyNew = true) =>
    db.send(
      new PutCommand({
        TableName: table,
        Item: item,
        ...(onlyNew && { ConditionExpression: 'attribute_not_exists(pk)' }),
      }),
    );
  const getItem = async (pk: string) => (await db.send(new GetCommand({ TableName: table, Key: { pk } }))).Item;
  const pointer = (item: Record<string, unknown> | undefined): LinkPointer | undefined =>
    item
      ? {
          consultationId: item.consultationId as string,
          linkId: item.linkId as string,
          ...(typeof item.participantId === 'string' && { participantId: item.participantId }),
        }
      : undefined;
  const byTopic = async (topic: string) =>
    (
      await db.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'byTopic',
          KeyConditionExpression: 'topic = :t',
          ExpressionAttributeValues: { ':t': topic },
        }),
      )
    ).Items ?? [];

  return {
    async addLink(tokenHash, link, expiresAt) {
      // Written before the consultation records the link: a pointer to nothing is harmless.
      await put({ pk: `token#${tokenHash}`, ...link, ...housekeeping(new Date(expiresAt.getTime() + 30 * day)) });
      // The id's pointer names the token's hash, so forgetting the link can find both.
      await put({ pk: `link#${link.linkId}`, ...link, tokenHash, ...housekeeping(new Date(expiresAt.getTime() + 30 * day)) });
    },
    async forgetLink(linkId) {
      const item = await getItem(`link#${linkId}`);
      // The token's pointer first: while the id's pointer stands, a retry still knows the hash.
      if (typeof item?.tokenHash === 'string') {
        await db.send(new DeleteCommand({ TableName: table, Key: { pk: `token#${item.tokenHash}` } }));
      }
      await db.send(new DeleteCommand({ TableName: table, Key: { pk: `link#${linkId}` } }));
    },
    findLinkByToken: async (tokenHash) => pointer(await getItem(`token#${tokenHash}`)),
    findLinkById: async (linkId) => pointer(await getItem(`link#${linkId}`)),
    async addRoomLink(tokenHash, room) {
      // No housekeeping expiry: the link works until the room's links are reset or the room is deleted.
      await put({ pk: `room-token#${tokenHash}`, meetingRoomId: room.meetingRoomId, generation: room.generation });
    },
    async findRoomLink(tokenHash) {
      const item = await getItem(`room-token#${tokenHash}`);
      return item ? { meetingRoomId: item.meetingRoomId as string, generation: item.generation as number } : undefined;
    },
    async addTicket(ticketHash, subscription, expiresAt) {
      await put({ pk: `ticket#${ticketHash}`, ...subscription, expiresAt: expiresAt.toISOString(), ...housekeeping(expiresAt) });
    },
    async takeTicket(ticketHash, now) {
      try {
        const result = await db.send(
          new DeleteCommand({
            TableName: table,
            Key: { pk: `ticket#${ticketHash}` },
            ConditionExpression: 'attribute_exists(pk)',
            ReturnValues: 'ALL_OLD',
          }),
        );
        const item = result.Attributes;
        if (!item || Date.parse(item.expiresAt as string) <= now.getTime()) return undefined;
        return subscriptionOf(item);
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
    async addConnection(connectionId, subscription, now) {
      await put(
        {
          pk: `connection#${connectionId}`,
          ...subscription,
          connectedAt: now.toISOString(),
          ...housekeeping(new Date(now.getTime() + day)),
        },
        false,
      );
    },
    async getConnection(connectionId) {
      const item = await getItem(`connection#${connectionId}`);
      return item ? subscriptionOf(item) : undefined;
    },
    async removeConnection(connectionId) {
      await db.send(new DeleteCommand({ TableName: table, Key: { pk: `connection#${connectionId}` } }));
    },
    async connectionsOf(topic) {
      return (await byTopic(topic))
        .filter((item) => (item.pk as string).startsWith('connection#'))
        .map((item) => ({ connectionId: (item.pk as string).slice('connection#'.length), subscription: subscriptionOf(item) }));
    },
    async addPendingTimer(timer: PendingTimer) {
      await put({ pk: `timer#${timer.kind}#${timer.id}`, topic: 'pending-timer', ...timer }, false);
    },
    async removePendingTimer(kind, id) {
      await db.send(new DeleteCommand({ TableName: table, Key: { pk: `timer#${kind}#${id}` } }));
    },
    async pendingTimers() {
      return (await byTopic('pending-timer')).map((item) => ({
        kind: item.kind as PendingTimer['kind'],
        id: item.id as string,
        dueAt: item.dueAt as string,
      }));
    },
  };
};
