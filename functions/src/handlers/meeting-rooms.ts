import { meetingRoomOperations as operations } from '@clinicall/shared/contract/meeting-rooms';
import { enterAsMember } from '#use-cases/enter-meeting-room';
import { guestLink, sendGuestLink } from '#use-cases/meeting-room-links';
import {
  createMeetingRoom,
  deleteMeetingRoom,
  listMeetingRooms,
  meetingRoomLog,
  resetMeetingRoomLink,
  staffInGroup,
  updateMeetingRoom,
} from '#use-cases/meeting-rooms';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const events = loadedOnFirstUse(() => import('../composition/aws-adapters/events.ts'));
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));
const staffDirectory = loadedOnFirstUse(() => import('../composition/aws-adapters/staff-directory.ts'));

/** Rooms and their sittings are both in the consultations table. */
const rooms = { consultations: 'read' } as const;
const roomChanges = { consultations: 'write' } as const;

export const factories = {
  staff: apiRoute(operations.listStaff, { staffDirectory: true }, (deps, { caller, query }) =>
    staffInGroup(deps, staffOf(caller), query.group),
  ),
  list: apiRoute(operations.listMeetingRooms, { tables: rooms }, (deps, { caller }) => listMeetingRooms(deps, staffOf(caller))),
  create: apiRoute(operations.createMeetingRoom, { tables: roomChanges, staffDirectory: true }, (deps, { caller, body }) =>
    createMeetingRoom(deps, staffOf(caller), body),
  ),
  update: apiRoute(operations.updateMeetingRoom, { tables: roomChanges, staffDirectory: true }, (deps, { caller, params, body }) =>
    updateMeetingRoom(deps, staffOf(caller), params.id, body),
  ),
  // A room deleted with people in it ends their sitting and its meeting.
  remove: apiRoute(
    operations.deleteMeetingRoom,
    { tables: roomChanges, events: true, meetings: 'end' },
    (deps, { caller, params }) => deleteMeetingRoom(deps, staffOf(caller), params.id),
  ),
  // The first one in opens the sitting and starts its watch.
  enter: apiRoute(operations.enterMeetingRoom, { tables: roomChanges, events: true, timers: true }, (deps, { caller, params }) =>
    enterAsMember(deps, staffOf(caller), params.id),
  ),
  shareLink: apiRoute(operations.meetingRoomGuestLink, { tables: { ...rooms, access: 'write' } }, (deps, { caller, params }) =>
    guestLink(deps, staffOf(caller), params.id),
  ),
  sendLink: apiRoute(
    operations.sendMeetingRoomLink,
    { tables: { ...rooms, access: 'write' }, notifier: true },
    (deps, { caller, params, body }) => sendGuestLink(deps, staffOf(caller), params.id, body),
  ),
  resetLink: apiRoute(operations.resetMeetingRoomLink, { tables: roomChanges }, (deps, { caller, params }) =>
    resetMeetingRoomLink(deps, staffOf(caller), params.id),
  ),
  log: apiRoute(operations.meetingRoomLog, { tables: rooms }, (deps, { caller, params }) =>
    meetingRoomLog(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/** Members are read from Cognito; links go by SMS or email; entering starts the sitting's watch. */
export const awsAdapters: AwsAdapters = { tables: [accessTable, auditTable, consultationsTable], staffDirectory, notifier, events, timers, meetings };

export const { staff, list, create, update, remove, enter, shareLink, sendLink, resetLink, log } = onAws.all(
  factories,
  awsAdapters,
);
