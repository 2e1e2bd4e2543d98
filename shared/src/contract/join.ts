import * as z from '../schemas/zod.ts';
import { paths } from '../paths.ts';
import { DeviceCheck } from '../schemas/device-check.ts';
import { FeedbackRequest } from '../schemas/consultations.ts';
import {
  JoinRequest,
  JoinResponse,
  SessionResponse,
  VerifyRequest,
  VerifyResponse,
} from '../schemas/join.ts';
import { type Operation, operation } from './operation.ts';

/** Whoever opens a link: identity, the waiting room, the device check, leaving. */
export const joinOperations = {
  join: operation({
    id: 'join',
    method: 'POST',
    path: paths.join,
    auth: 'public',
    summary: 'Open a link: says what the person must do next',
    body: JoinRequest,
    response: JoinResponse,
    status: 200,
  }),
  verify: operation({
    id: 'verify',
    method: 'POST',
    path: paths.verify,
    auth: 'public',
    summary:
      'Confirm identity (date of birth, or a name for someone not on record) and enter the waiting room',
    body: VerifyRequest,
    response: VerifyResponse,
    status: 200,
  }),
  session: operation({
    id: 'session',
    method: 'GET',
    path: paths.session,
    auth: 'participant',
    summary: 'Where the participant stands: waiting, admitted or left',
    response: SessionResponse,
    status: 200,
  }),
  deviceCheck: operation({
    id: 'deviceCheck',
    method: 'POST',
    path: paths.deviceCheck,
    auth: 'participant',
    summary: 'Report the device check (camera, microphone, speaker, connection) so the clinician sees it',
    body: DeviceCheck,
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
  leave: operation({
    id: 'leave',
    method: 'POST',
    path: paths.leave,
    auth: 'participant',
    summary: 'Leave the call (closing the page); opening the link session again rejoins the waiting room',
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
  feedback: operation({
    id: 'feedback',
    method: 'POST',
    path: paths.feedback,
    auth: 'participant',
    summary: 'The participant answers "did you have technical problems?"',
    body: FeedbackRequest,
    response: z.object({ ok: z.literal(true) }),
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
