import * as z from './zod.ts';
import { capacityOf } from '../call-types.ts';
import { Id, Instant } from './common.ts';

/*
 * Group consultations: a moderator (with co-moderators) and up to 60 registered people, each
 * with their own link to a private waiting area; breakout rooms for small-group work.
 */

/** The longest a group session may run, from the call-type table. */
const maxMinutes = 240;

export const NewGroupConsultation = z
  .strictObject({
    type: z.literal('group-consultation'),
    title: z.string().trim().min(1, 'Give the session a title.').max(120, 'A title can be at most 120 characters.'),
    startsAt: Instant.describe('When the session starts; people may come in from 30 minutes before'),
    durationMinutes: z
      .number()
      .int('Give the duration in whole minutes.')
      .min(15, 'A session lasts at least 15 minutes.')
      .max(maxMinutes, 'A session lasts at most 4 hours (240 minutes).'),
    description: z.string().trim().max(1000, 'A description can be at most 1,000 characters.').optional(),
    coHostIds: z.array(Id).max(5, 'At most 5 co-moderators.').optional(),
  })
  .meta({ id: 'NewGroupConsultation' });
export type NewGroupConsultation = z.output<typeof NewGroupConsultation>;

/** One registered person of one group consultation. */
export const RegistrationPath = z.strictObject({ id: Id, participantId: Id });

/** A breakout room as everyone in the call sees it. */
export const BreakoutRoom = z
  .object({
    id: z.string().regex(/^breakout-\d{1,2}$/),
    name: z.string(),
  })
  .meta({ id: 'BreakoutRoom' });
export type BreakoutRoom = z.infer<typeof BreakoutRoom>;

/** The breakout rooms open now; `closesAt` when they run for a set time. */
export const Breakout = z
  .object({
    rooms: z.array(BreakoutRoom),
    closesAt: Instant.optional(),
  })
  .meta({ id: 'Breakout' });
export type Breakout = z.infer<typeof Breakout>;

const RoomTitle = z.string().trim().min(1, 'Give each room a name.').max(40, 'A room name can be at most 40 characters.');

export const NewBreakoutRooms = z
  .strictObject({
    rooms: z
      .array(z.strictObject({ name: RoomTitle, participantIds: z.array(Id).max(capacityOf('group-consultation')) }))
      .min(1, 'Open at least one room.')
      .max(20, 'At most 20 rooms.'),
    minutes: z.number().int('Whole minutes.').min(1, 'At least 1 minute.').max(120, 'At most 120 minutes.').optional(),
  })
  .meta({ id: 'NewBreakoutRooms' });
export type NewBreakoutRooms = z.output<typeof NewBreakoutRooms>;

/** A breakout room, or `main` to move someone back to the main room (a moderator visits a room by moving themselves). */
export const BreakoutRoomPath = z.strictObject({ id: Id, roomId: z.string().regex(/^(main|breakout-\d{1,2})$/, 'No such room.') });
export const MoveRequest = z.strictObject({ participantId: Id }).meta({ id: 'MoveRequest' });
export const ExtendBreakoutRequest = z
  .strictObject({ minutes: z.number().int('Whole minutes.').min(1, 'At least 1 minute.').max(60, 'At most 60 minutes.') })
  .meta({ id: 'ExtendBreakoutRequest' });

export const BreakoutResponse = z.object({ rooms: z.array(BreakoutRoom), closesAt: Instant.optional() }).meta({ id: 'BreakoutResponse' });

/** A short message from the moderator to every room. */
export const BroadcastRequest = z
  .strictObject({ message: z.string().trim().min(1, 'Write a message.').max(280, 'A message can be at most 280 characters.') })
  .meta({ id: 'BroadcastRequest' });

export const CoHostRequest = z.strictObject({ staffId: Id }).meta({ id: 'CoHostRequest' });

/** A participant raises or lowers their hand. */
export const HandRequest = z.strictObject({ raised: z.boolean() }).meta({ id: 'HandRequest' });
