import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MeetingRoomRepository } from '#ports';
import type { MeetingRoomRecord } from '../../meeting-room/record.ts';
import { versionedItems } from './versioned.ts';

/**
 * Meeting rooms sit in the consultations table, all in one partition (`meeting-rooms`, one item
 * per room): an organisation has a handful, and listing them is one Query. Their sittings are
 * ordinary consultations beside them.
 */
const partition = 'meeting-rooms';

const fromItem = (item: Record<string, unknown>): MeetingRoomRecord => {
  const { pk: _pk, sk: _sk, ...room } = item;
  return room as unknown as MeetingRoomRecord;
};

export const dynamoMeetingRooms = (db: DynamoDBDocumentClient, table: string): MeetingRoomRepository => ({
  ...versionedItems<MeetingRoomRecord>(db, table, {
    name: 'meeting room',
    key: (id) => ({ pk: partition, sk: id }),
    keyAttribute: 'pk',
    toItem: (room) => ({ pk: partition, sk: room.id, ...room }),
    fromItem,
  }),
  async list() {
    const rooms: MeetingRoomRecord[] = [];
    let from: Record<string, unknown> | undefined;
    do {
      const page = await db.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': partition },
          ConsistentRead: true,
          ExclusiveStartKey: from,
        }),
      );
      rooms.push(...(page.Items ?? []).map(fromItem));
      from = page.LastEvaluatedKey;
    } while (from);
    return rooms.filter((room) => !room.deleted);
  },
});
