import { groupOperations } from '@clinicall/shared/contract/groups';
import { closeBreakoutRooms, extendBreakoutRooms, moveToBreakoutRoom, openBreakoutRooms } from '#use-cases/breakout-rooms';
import type { FunctionNeeds } from '../composition/needs.ts';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));

/** Opening places people in each room's own meeting ahead (Chime: CreateMeeting, BatchCreateAttendee), and may arm the rooms' end. */
const opening: FunctionNeeds = { tables: { consultations: 'write' }, events: true, timers: true, meetings: 'admit' };
/** A move changes one person's room; their page asks the new room's media itself. */
const moving: FunctionNeeds = { tables: { consultations: 'write' }, events: true };
/** Closing ends each breakout room's meeting (DeleteMeeting). */
const closing: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'end' };
/** More time arms a new end. */
const extending: FunctionNeeds = { tables: { consultations: 'write' }, events: true, timers: true };

/** The moderators' breakout rooms: open, move people between rooms, close, give more time. */
export const factories = {
  open: apiRoute(groupOperations.openBreakoutRooms, opening, (deps, { caller, params, body }) =>
    openBreakoutRooms(deps, staffOf(caller), params.id, body),
  ),
  move: apiRoute(groupOperations.moveToBreakoutRoom, moving, (deps, { caller, params, body }) =>
    moveToBreakoutRoom(deps, staffOf(caller), params.id, params.roomId, body.participantId),
  ),
  close: apiRoute(groupOperations.closeBreakoutRooms, closing, (deps, { caller, params }) =>
    closeBreakoutRooms(deps, staffOf(caller), params.id),
  ),
  extend: apiRoute(groupOperations.extendBreakoutRooms, extending, (deps, { caller, params, body }) =>
    extendBreakoutRooms(deps, staffOf(caller), params.id, body.minutes),
  ),
} satisfies Record<string, RouteFactory>;

/** Everyone in the call hears of it; Chime makes and ends the rooms' meetings; Step Functions closes rooms on time. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, auditTable, consultationsTable],
  events,
  timers,
  meetings,
};

export const { open, move, close, extend } = onAws.all(factories, awsAdapters);
