import { operations } from '@clinicall/shared';
import { holdParticipant, muteEveryoneElse, removeParticipant, stopParticipantMedia } from '#use-cases/moderate-call';
import type { FunctionNeeds } from '../composition/needs.ts';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';

/** Back to the waiting room or out loses the person's attendees: their join token stops working. */
const outOfTheCall: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'remove' };
/** Muting changes what attendees may send. */
const moderating: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'moderate' };

/** The host's hand on the people of the call. */
export const factories = {
  hold: apiRoute(operations.holdParticipant, outOfTheCall, (deps, { caller, params }) =>
    holdParticipant(deps, staffOf(caller), params.id, params.participantId),
  ),
  // The links of someone removed stop working too.
  remove: apiRoute(operations.removeParticipant, outOfTheCall, (deps, { caller, params }) =>
    removeParticipant(deps, staffOf(caller), params.id, params.participantId),
  ),
  mute: apiRoute(operations.muteParticipant, moderating, (deps, { caller, params }) =>
    stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'microphone'),
  ),
  stopVideo: apiRoute(operations.stopParticipantVideo, moderating, (deps, { caller, params }) =>
    stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'camera'),
  ),
  muteOthers: apiRoute(operations.muteOthers, moderating, (deps, { caller, params }) =>
    muteEveryoneElse(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/** Everyone concerned hears of it; Chime stops what they send, or their attendees. */
export const awsAdapters: AwsAdapters = {
  events: () => import('../composition/aws-adapters/events.ts'),
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
};

export const { hold, remove, mute, stopVideo, muteOthers } = onAws.all(factories, awsAdapters);
