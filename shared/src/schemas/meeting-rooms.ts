import * as z from './zod.ts';
import { capacityOf } from '../call-types.ts';
import { staffGroups } from '../staff-groups.ts';
import { Channel, Email, Id, Instant } from './common.ts';
import { Mobile } from './mobile.ts';
import { ParticipantSession } from './join.ts';

/** A room holds this many people at once (members and guests together). */
export const meetingRoomCapacity = capacityOf('meeting-room');

/** Members a room may have: enough for a department, few enough to read in one item. */
export const maxRoomMembers = 100;

export const MeetingRoomPath = z.strictObject({ id: Id });

const RoomName = z
  .string()
  .trim()
  .min(1, 'Give the room a name.')
  .max(80, 'Keep the name under 80 characters.');

const MemberIds = z
  .array(Id)
  .max(maxRoomMembers, `A room has at most ${maxRoomMembers} members.`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each member once.');

export const NewMeetingRoom = z
  .strictObject({ name: RoomName, memberIds: MemberIds })
  .meta({ id: 'NewMeetingRoom' });
export type NewMeetingRoom = z.output<typeof NewMeetingRoom>;

export const MeetingRoomChanges = z
  .strictObject({ name: RoomName.optional(), memberIds: MemberIds.optional() })
  .refine((body) => body.name !== undefined || body.memberIds !== undefined, {
    message: 'Give a new name or new members.',
  })
  .meta({ id: 'MeetingRoomChanges' });
export type MeetingRoomChanges = z.output<typeof MeetingRoomChanges>;

export const RoomMember = z.object({ id: Id, name: z.string() });

/** A meeting room as staff see it: never its link. `occupancy`: how many people are in it now. */
export const MeetingRoom = z
  .object({
    id: Id,
    name: z.string(),
    members: z.array(RoomMember),
    occupancy: z.number().int().min(0),
    capacity: z.number().int(),
    createdAt: Instant,
    linkResetAt: Instant.optional(),
  })
  .meta({ id: 'MeetingRoom' });
export type MeetingRoom = z.infer<typeof MeetingRoom>;

export const MeetingRoomResponse = z.object({ room: MeetingRoom }).meta({ id: 'MeetingRoomResponse' });
export const MeetingRoomList = z.object({ rooms: z.array(MeetingRoom) }).meta({ id: 'MeetingRoomList' });

/** A member in the room at once: their session, as a guest's after the name page. */
export const EnterRoomResponse = ParticipantSession.meta({ id: 'EnterRoomResponse' });

export const GuestLinkResponse = z
  .object({ url: z.url().describe('The room’s guest link: anyone who has it can enter until an administrator resets it') })
  .meta({ id: 'GuestLinkResponse' });

export const SendRoomLinkRequest = z
  .strictObject({ mobile: Mobile.optional(), email: Email.optional() })
  .refine((body) => (body.mobile === undefined) !== (body.email === undefined), {
    message: 'Give a mobile number or an email address to send the link to.',
  })
  .meta({ id: 'SendRoomLinkRequest' });
export type SendRoomLinkRequest = z.output<typeof SendRoomLinkRequest>;

export const SentRoomLink = z
  .object({ channel: Channel, sentTo: z.string().describe('Masked') })
  .meta({ id: 'SentRoomLink' });

/** Who was in the room and when: the administrator's log. */
export const RoomVisit = z.object({
  consultationId: Id,
  displayName: z.string(),
  member: z.boolean(),
  enteredAt: Instant,
  leftAt: Instant.optional(),
});
export const MeetingRoomLog = z.object({ visits: z.array(RoomVisit) }).meta({ id: 'MeetingRoomLog' });
export type MeetingRoomLog = z.infer<typeof MeetingRoomLog>;

export const StaffQuery = z.strictObject({ group: z.enum(staffGroups) });
export const StaffMember = z.object({ id: Id, name: z.string(), email: z.string() });
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffList = z.object({ staff: z.array(StaffMember) }).meta({ id: 'StaffList' });
