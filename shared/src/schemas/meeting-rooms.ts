import * as z from './zod.ts';
import { capacityOf } from '../call-types.ts';
import { staffGroups } from '../staff-groups.ts';
import { Channel, Email, Id, Instant, typedText } from './common.ts';
import { Mobile } from './mobile.ts';
import { ParticipantSession } from './join.ts';

/** A room holds this many people at once (members and guests together). */
export const meetingRoomCapacity = /* @__PURE__ */ capacityOf('meeting-room');

/** Members a room may have: enough for a department, few enough to read in one item. */
export const maxRoomMembers = 100;

export const MeetingRoomPath = /* @__PURE__ */ z.strictObject({ id: Id });

const RoomName = /* @__PURE__ */ typedText(80, 'Give the room a name.', 'Keep the name under 80 characters.');

const MemberIds = /* @__PURE__ */ z.array(Id).check(
  z.maxLength(maxRoomMembers, `A room has at most ${maxRoomMembers} members.`),
  z.refine((ids) => new Set(ids).size === ids.length, 'Each member once.'),
);

export const NewMeetingRoom = /* @__PURE__ */ z
  .strictObject({ name: RoomName, memberIds: MemberIds })
  .register(z.globalRegistry, { id: 'NewMeetingRoom' });
export type NewMeetingRoom = z.output<typeof NewMeetingRoom>;

export const MeetingRoomChanges = /* @__PURE__ */ z
  .strictObject({ name: z.optional(RoomName), memberIds: z.optional(MemberIds) })
  .check(
    z.refine((body) => body.name !== undefined || body.memberIds !== undefined, {
      message: 'Give a new name or new members.',
    }),
  )
  .register(z.globalRegistry, { id: 'MeetingRoomChanges' });
export type MeetingRoomChanges = z.output<typeof MeetingRoomChanges>;

export const RoomMember = /* @__PURE__ */ z.object({ id: Id, name: z.string() });

/** A meeting room as staff see it: never its link. `occupancy`: how many people are in it now. */
export const MeetingRoom = /* @__PURE__ */ z
  .object({
    id: Id,
    name: z.string(),
    members: z.array(RoomMember),
    occupancy: z.number().check(z.int(), z.gte(0)),
    capacity: z.number().check(z.int()),
    createdAt: Instant,
    linkResetAt: z.optional(Instant),
  })
  .register(z.globalRegistry, { id: 'MeetingRoom' });
export type MeetingRoom = z.infer<typeof MeetingRoom>;

export const MeetingRoomResponse = /* @__PURE__ */ z
  .object({ room: MeetingRoom })
  .register(z.globalRegistry, { id: 'MeetingRoomResponse' });
export const MeetingRoomList = /* @__PURE__ */ z
  .object({ rooms: z.array(MeetingRoom) })
  .register(z.globalRegistry, { id: 'MeetingRoomList' });

/** A member in the room at once: their session, as a guest's after the name page. */
export const EnterRoomResponse = /* @__PURE__ */ ParticipantSession.check(
  z.meta({ id: 'EnterRoomResponse' }),
);

export const GuestLinkResponse = /* @__PURE__ */ z
  .object({
    url: z
      .url()
      .check(
        z.describe('The room’s guest link: anyone who has it can enter until an administrator resets it'),
      ),
  })
  .register(z.globalRegistry, { id: 'GuestLinkResponse' });

export const SendRoomLinkRequest = /* @__PURE__ */ z
  .strictObject({ mobile: z.optional(Mobile), email: z.optional(Email) })
  .check(
    z.refine((body) => (body.mobile === undefined) !== (body.email === undefined), {
      message: 'Give a mobile number or an email address to send the link to.',
    }),
  )
  .register(z.globalRegistry, { id: 'SendRoomLinkRequest' });
export type SendRoomLinkRequest = z.output<typeof SendRoomLinkRequest>;

export const SentRoomLink = /* @__PURE__ */ z
  .object({ channel: Channel, sentTo: z.string().check(z.describe('Masked')) })
  .register(z.globalRegistry, { id: 'SentRoomLink' });

/** Who was in the room and when: the administrator's log. */
export const RoomVisit = /* @__PURE__ */ z.object({
  consultationId: Id,
  displayName: z.string(),
  member: z.boolean(),
  enteredAt: Instant,
  leftAt: z.optional(Instant),
});
export const MeetingRoomLog = /* @__PURE__ */ z
  .object({ visits: z.array(RoomVisit) })
  .register(z.globalRegistry, { id: 'MeetingRoomLog' });
export type MeetingRoomLog = z.infer<typeof MeetingRoomLog>;

export const StaffQuery = /* @__PURE__ */ z.strictObject({ group: z.enum(staffGroups) });
export const StaffMember = /* @__PURE__ */ z.object({ id: Id, name: z.string(), email: z.string() });
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffList = /* @__PURE__ */ z
  .object({ staff: z.array(StaffMember) })
  .register(z.globalRegistry, { id: 'StaffList' });
