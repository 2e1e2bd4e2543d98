import * as z from './zod.ts';
import { capacityOf } from '../call-types.ts';
import { Id, Instant, typedText } from './common.ts';

/*
 * Group consultations: a moderator (with co-moderators) and up to 60 registered people, each
 * with their own link to a private waiting area; breakout rooms for small-group work.
 */

/** The longest a group session may run, from the call-type table. */
const maxMinutes = 240;

export const NewGroupConsultation = /* @__PURE__ */ z
  .strictObject({
    type: z.literal('group-consultation'),
    title: typedText(120, 'Give the session a title.', 'A title can be at most 120 characters.'),
    startsAt: Instant.check(z.describe('When the session starts; people may come in from 30 minutes before')),
    durationMinutes: z
      .number()
      .check(
        z.int('Give the duration in whole minutes.'),
        z.gte(15, 'A session lasts at least 15 minutes.'),
        z.lte(maxMinutes, 'A session lasts at most 4 hours (240 minutes).'),
      ),
    description: z.optional(
      z.string().check(z.trim(), z.maxLength(1000, 'A description can be at most 1,000 characters.')),
    ),
    coHostIds: z.optional(z.array(Id).check(z.maxLength(5, 'At most 5 co-moderators.'))),
  })
  .register(z.globalRegistry, { id: 'NewGroupConsultation' });
export type NewGroupConsultation = z.output<typeof NewGroupConsultation>;

/** One registered person of one group consultation. */
export const RegistrationPath = /* @__PURE__ */ z.strictObject({ id: Id, participantId: Id });

/** A breakout room as everyone in the call sees it. */
export const BreakoutRoom = /* @__PURE__ */ z
  .object({
    id: z.string().check(z.regex(/^breakout-\d{1,2}$/)),
    name: z.string(),
  })
  .register(z.globalRegistry, { id: 'BreakoutRoom' });
export type BreakoutRoom = z.infer<typeof BreakoutRoom>;

/** The breakout rooms open now; `closesAt` when they run for a set time. */
export const Breakout = /* @__PURE__ */ z
  .object({
    rooms: z.array(BreakoutRoom),
    closesAt: z.optional(Instant),
  })
  .register(z.globalRegistry, { id: 'Breakout' });
export type Breakout = z.infer<typeof Breakout>;

const RoomTitle = /* @__PURE__ */ typedText(40, 'Give each room a name.', 'A room name can be at most 40 characters.');

export const NewBreakoutRooms = /* @__PURE__ */ z
  .strictObject({
    rooms: z
      .array(
        z.strictObject({
          name: RoomTitle,
          participantIds: z.array(Id).check(z.maxLength(capacityOf('group-consultation'))),
        }),
      )
      .check(z.minLength(1, 'Open at least one room.'), z.maxLength(20, 'At most 20 rooms.')),
    minutes: z.optional(
      z
        .number()
        .check(z.int('Whole minutes.'), z.gte(1, 'At least 1 minute.'), z.lte(120, 'At most 120 minutes.')),
    ),
  })
  .register(z.globalRegistry, { id: 'NewBreakoutRooms' });
export type NewBreakoutRooms = z.output<typeof NewBreakoutRooms>;

/** A breakout room, or `main` to move someone back to the main room (a moderator visits a room by moving themselves). */
export const BreakoutRoomPath = /* @__PURE__ */ z.strictObject({
  id: Id,
  roomId: z.string().check(z.regex(/^(main|breakout-\d{1,2})$/, 'No such room.')),
});
export const MoveRequest = /* @__PURE__ */ z
  .strictObject({ participantId: Id })
  .register(z.globalRegistry, { id: 'MoveRequest' });
export const ExtendBreakoutRequest = /* @__PURE__ */ z
  .strictObject({
    minutes: z
      .number()
      .check(z.int('Whole minutes.'), z.gte(1, 'At least 1 minute.'), z.lte(60, 'At most 60 minutes.')),
  })
  .register(z.globalRegistry, { id: 'ExtendBreakoutRequest' });

export const BreakoutResponse = /* @__PURE__ */ z
  .object({ rooms: z.array(BreakoutRoom), closesAt: z.optional(Instant) })
  .register(z.globalRegistry, { id: 'BreakoutResponse' });

/** A short message from the moderator to every room. */
export const BroadcastRequest = /* @__PURE__ */ z
  .strictObject({
    message: typedText(280, 'Write a message.', 'A message can be at most 280 characters.'),
  })
  .register(z.globalRegistry, { id: 'BroadcastRequest' });

export const CoHostRequest = /* @__PURE__ */ z
  .strictObject({ staffId: Id })
  .register(z.globalRegistry, { id: 'CoHostRequest' });

/** A participant raises or lowers their hand. */
export const HandRequest = /* @__PURE__ */ z
  .strictObject({ raised: z.boolean() })
  .register(z.globalRegistry, { id: 'HandRequest' });
