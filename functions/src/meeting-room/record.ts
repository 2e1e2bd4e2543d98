import { type MeetingRoom, meetingRoomCapacity } from '@clinicall/shared';

export interface RoomMemberRecord {
  readonly id: string;
  readonly name: string;
}

/**
 * A permanent meeting room. Each time people gather in it is a *sitting*: a consultation of type
 * meeting-room whose id follows from the room and the sitting's number, so two people opening
 * the next sitting at once open the same one. Guest links are kept only as hashes, each
 * pointing to the room and its link `generation`: a reset moves the generation on and every
 * earlier link stops working at once.
 */
export interface MeetingRoomRecord {
  readonly id: string;
  readonly name: string;
  readonly members: readonly RoomMemberRecord[];
  readonly sitting: number;
  readonly generation: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly linkResetAt?: string;
  readonly deleted?: boolean;
  readonly version: number;
}

/** The consultation of a room's sitting: what follows the last `_` is the number, so no two rooms share one. */
export const sittingId = (room: Pick<MeetingRoomRecord, 'id' | 'sitting'>): string => `${room.id}_${room.sitting}`;

/** What the room's sittings are listed under, in place of a host (byHost index): the room's log. */
export const roomHost = (roomId: string) => `meeting-room#${roomId}`;

export const isMember = (room: MeetingRoomRecord, staffId: string) => room.members.some((m) => m.id === staffId);

export const toMeetingRoomView = (room: MeetingRoomRecord, occupancy: number): MeetingRoom => ({
  id: room.id,
  name: room.name,
  members: room.members.map(({ id, name }) => ({ id, name })),
  occupancy,
  capacity: meetingRoomCapacity,
  createdAt: room.createdAt,
  ...(room.linkResetAt && { linkResetAt: room.linkResetAt }),
});
