import { paths } from '../paths.ts';
import { Consultation, ConsultationPath, ConsultNowResponse } from '../schemas/consultations.ts';
import {
  BreakoutResponse,
  BreakoutRoomPath,
  BroadcastRequest,
  CoHostRequest,
  ExtendBreakoutRequest,
  HandRequest,
  MoveRequest,
  NewBreakoutRooms,
  NewGroupConsultation,
  RegistrationPath,
} from '../schemas/groups.ts';
import { SessionResponse } from '../schemas/join.ts';
import { RegistrationRequest } from '../schemas/consultation-invites.ts';
import * as z from '../schemas/zod.ts';
import { type Operation, operation } from './operation.ts';

const moderators = 'the host and co-moderators only';

/**
 * Group consultations: create one, register people (each gets a link to a private waiting
 * area), co-moderate, breakout rooms, a message to every room; participants raise a hand.
 */
export const groupOperations = {
  createConsultation: operation({
    id: 'createConsultation',
    method: 'POST',
    path: paths.createConsultation,
    auth: 'staff',
    summary: 'Create a group consultation at a time, for up to 240 minutes; people are registered afterwards',
    body: NewGroupConsultation,
    response: z.object({ consultation: Consultation }).register(z.globalRegistry, { id: 'CreatedConsultation' }),
    status: 201,
  }),
  register: operation({
    id: 'register',
    method: 'POST',
    path: paths.register,
    auth: 'staff',
    summary: `Register someone for a group consultation and send their own link to its waiting area; 409 participant-limit past 60 people (${moderators})`,
    params: ConsultationPath,
    body: RegistrationRequest,
    response: ConsultNowResponse,
    status: 201,
  }),
  withdrawRegistration: operation({
    id: 'withdrawRegistration',
    method: 'POST',
    path: paths.withdrawRegistration,
    auth: 'staff',
    summary: `Withdraw a registration: the person's link stops working and their place is free again (${moderators})`,
    params: RegistrationPath,
    response: Consultation,
    status: 200,
  }),
  addCoHost: operation({
    id: 'addCoHost',
    method: 'POST',
    path: paths.addCoHost,
    auth: 'staff',
    summary: 'Add a clinician as co-moderator: they see the session on their dashboard and may run it (the host only)',
    params: ConsultationPath,
    body: CoHostRequest,
    response: Consultation,
    status: 200,
  }),
  handOver: operation({
    id: 'handOver',
    method: 'POST',
    path: paths.handOver,
    auth: 'staff',
    summary: 'Leave the session to a co-moderator, who becomes its host; the session goes on (the host only)',
    params: ConsultationPath,
    body: CoHostRequest,
    response: Consultation,
    status: 200,
  }),
  openBreakoutRooms: operation({
    id: 'openBreakoutRooms',
    method: 'POST',
    path: paths.openBreakoutRooms,
    auth: 'staff',
    summary: `Open breakout rooms and place people in them, optionally for a set time after which everyone returns to the main room (${moderators})`,
    params: ConsultationPath,
    body: NewBreakoutRooms,
    response: BreakoutResponse,
    status: 201,
  }),
  moveToBreakoutRoom: operation({
    id: 'moveToBreakoutRoom',
    method: 'POST',
    path: paths.moveToBreakoutRoom,
    auth: 'staff',
    summary: `Move someone in the call to a breakout room (${moderators})`,
    params: BreakoutRoomPath,
    body: MoveRequest,
    response: BreakoutResponse,
    status: 200,
  }),
  closeBreakoutRooms: operation({
    id: 'closeBreakoutRooms',
    method: 'POST',
    path: paths.closeBreakoutRooms,
    auth: 'staff',
    summary: `Close every breakout room: everyone returns to the main room (${moderators})`,
    params: ConsultationPath,
    response: BreakoutResponse,
    status: 200,
  }),
  extendBreakoutRooms: operation({
    id: 'extendBreakoutRooms',
    method: 'POST',
    path: paths.extendBreakoutRooms,
    auth: 'staff',
    summary: `Give the breakout rooms more time (${moderators})`,
    params: ConsultationPath,
    body: ExtendBreakoutRequest,
    response: BreakoutResponse,
    status: 200,
  }),
  broadcast: operation({
    id: 'broadcast',
    method: 'POST',
    path: paths.broadcast,
    auth: 'staff',
    summary: `Show a short message to everyone in the call, in every room (${moderators})`,
    params: ConsultationPath,
    body: BroadcastRequest,
    response: Consultation,
    status: 200,
  }),
  raiseHand: operation({
    id: 'raiseHand',
    method: 'POST',
    path: paths.raiseHand,
    auth: 'participant',
    summary: 'Raise or lower your hand in a group consultation',
    body: HandRequest,
    response: SessionResponse,
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
