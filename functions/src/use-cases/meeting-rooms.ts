import {
  DomainError,
  type MeetingRoom,
  type MeetingRoomChanges,
  type MeetingRoomLog,
  type NewMeetingRoom,
  type Staff,
  type StaffGroup,
} from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { isMember, type MeetingRoomRecord, roomHost, sittingId, toMeetingRoomView } from '../meeting-room/record.ts';
import { closeSitting, occupancyOf } from '../meeting-room/sitting.ts';
import { requireGroup } from './staff-access.ts';
import { announceConsultation } from './announce.ts';

type Deps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'staffDirectory'>;

/** The staff of one group, for an administrator choosing a room's members. */
export const staffInGroup = async (deps: Pick<Dependencies, 'staffDirectory'>, staff: Staff, group: StaffGroup) => {
  requireGroup(staff, 'admin');
  return { staff: await deps.staffDirectory.inGroup(group) };
};

/** Members come from the directory's meeting-room-member group, with the names it has for them. */
const membersFrom = async (deps: Pick<Deps, 'staffDirectory'>, memberIds: readonly string[]) => {
  const directory = new Map((await deps.staffDirectory.inGroup('meeting-room-member')).map((m) => [m.id, m]));
  const unknown = memberIds.filter((id) => !directory.has(id));
  if (unknown.length > 0) {
    throw new DomainError('invalid-request', 'Members must be staff with the meeting room member role.', { unknown });
  }
  return memberIds.map((id) => ({ id, name: directory.get(id)!.name }));
};

/** A room that exists (a deleted one is no longer there for anyone). */
export const roomOf = async ({ store }: Pick<Deps, 'store'>, roomId: string): Promise<MeetingRoomRecord> => {
  const room = await store.meetingRooms.get(roomId);
  if (!room || room.deleted) throw new DomainError('not-found', 'There is no such meeting room.');
  return room;
};

/** The count is on the sitting's header: one read per room, however many came and went. */
const withOccupancy = async ({ store }: Pick<Deps, 'store'>, room: MeetingRoomRecord): Promise<MeetingRoom> =>
  toMeetingRoomView(room, occupancyOf(await store.consultations.getHeader(sittingId(room))));

/** A change to a room that is still there (a deleted one is gone for everyone). */
const changeRoom = (deps: Pick<Deps, 'store'>, roomId: string, change: (room: MeetingRoomRecord) => MeetingRoomRecord) =>
  deps.store.meetingRooms.update(roomId, (current) => {
    if (current.deleted) throw new DomainError('not-found', 'There is no such meeting room.');
    return change(current);
  });

export const createMeetingRoom = async (deps: Deps, staff: Staff, request: NewMeetingRoom) => {
  requireGroup(staff, 'admin');
  const at = deps.clock.now().toISOString();
  const room = await deps.store.meetingRooms.add({
    id: deps.ids.id(),
    name: request.name,
    members: await membersFrom(deps, request.memberIds),
    sitting: 1,
    generation: 1,
    createdAt: at,
    updatedAt: at,
  });
  return { room: toMeetingRoomView(room, 0) };
};

export const updateMeetingRoom = async (deps: Deps, staff: Staff, roomId: string, changes: MeetingRoomChanges) => {
  requireGroup(staff, 'admin');
  const members = changes.memberIds && (await membersFrom(deps, changes.memberIds));
  const room = await changeRoom(deps, roomId, (current) => ({
    ...current,
    ...(changes.name !== undefined && { name: changes.name }),
    ...(members && { members }),
    updatedAt: deps.clock.now().toISOString(),
  }));
  return { room: await withOccupancy(deps, room) };
};

/** The sitting under way ends with the room: everyone in it is let go. */
const endSitting = async (deps: Deps & Pick<Dependencies, 'events' | 'meetings'>, room: MeetingRoomRecord) => {
  if (occupancyOf(await deps.store.consultations.getHeader(sittingId(room))) === 0) return;
  const closed = await deps.store.consultations.update(sittingId(room), (current) => closeSitting(current, deps.clock.now()));
  await announceConsultation(deps, closed);
  await deps.meetings.end(closed);
};

export const deleteMeetingRoom = async (deps: Deps & Pick<Dependencies, 'events' | 'meetings'>, staff: Staff, roomId: string) => {
  requireGroup(staff, 'admin');
  const room = await changeRoom(deps, roomId, (current) => ({ ...current, deleted: true, updatedAt: deps.clock.now().toISOString() }));
  await endSitting(deps, room);
  return { room: toMeetingRoomView(room, 0) };
};

/** Every guest link given out so far stops working at once; a member asks for the new one. */
export const resetMeetingRoomLink = async (deps: Deps, staff: Staff, roomId: string) => {
  requireGroup(staff, 'admin');
  const at = deps.clock.now().toISOString();
  const room = await changeRoom(deps, roomId, (current) => ({ ...current, generation: current.generation + 1, linkResetAt: at, updatedAt: at }));
  return { room: await withOccupancy(deps, room) };
};

/** A member's rooms, or every room for an administrator; each with how many are in it now. */
export const listMeetingRooms = async (deps: Deps, staff: Staff) => {
  requireGroup(staff, 'meeting-room-member', 'admin');
  const all = await deps.store.meetingRooms.list();
  const seen = staff.groups.includes('admin') ? all : all.filter((room) => isMember(room, staff.id));
  const rooms = await Promise.all(seen.map((room) => withOccupancy(deps, room)));
  return { rooms: rooms.sort((a, b) => a.name.localeCompare(b.name)) };
};

/** How many sittings the administrator's log shows, newest first. */
const loggedSittings = 20;

/** Who entered the room and when, for the administrator. */
export const meetingRoomLog = async (deps: Deps, staff: Staff, roomId: string): Promise<MeetingRoomLog> => {
  requireGroup(staff, 'admin');
  await roomOf(deps, roomId);
  const sittings = await deps.store.consultations.listByHost(roomHost(roomId), loggedSittings);
  const visits = sittings.flatMap((sitting) =>
    Object.values(sitting.participants)
      .filter((p) => p.enteredAt)
      .map((p) => ({
        consultationId: sitting.id,
        displayName: p.displayName,
        member: p.staffId !== undefined,
        enteredAt: p.enteredAt!,
        ...(p.state === 'left' && { leftAt: p.updatedAt }),
      })),
  );
  return { visits: visits.sort((a, b) => b.enteredAt.localeCompare(a.enteredAt)) };
};
