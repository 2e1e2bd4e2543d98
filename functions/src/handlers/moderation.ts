import { moderationOperations } from '@clinicall/shared/contract/moderation';
import { holdParticipant, muteEveryoneElse, removeParticipant, stopParticipantMedia } from '#use-cases/moderate-call';
import type { FunctionNeeds } from '../composition/needs.ts';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

/** Back to the waiting room or out loses the person's attendees: their join token stops working. */
const outOfTheCall: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'remove' };
/** Muting changes what attendees may send. */
const moderating: FunctionNeeds = { tables: { consultations: 'write' }, events: true, meetings: 'moderate' };

/** The host's hand on the people of the call. */
export const factories = {
  hold: apiRoute(moderationOperations.holdParticipant, outOfTheCall, (deps, { caller, params }) =>
    holdParticipant(deps, staffOf(caller), params.id, params.participantId),
  ),
  // The links of someone removed stop working too.
  remove: apiRoute(moderationOperations.removeParticipant, outOfTheCall, (deps, { caller, params }) =>
    removeParticipant(deps, staffOf(caller), params.id, params.participantId),
  ),
  mute: apiRoute(moderationOperations.muteParticipant, moderating, (deps, { caller, params }) =>
    stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'microphone'),
  ),
  stopVideo: apiRoute(moderationOperations.stopParticipantVideo, moderating, (deps, { caller, params }) =>
    stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'camera'),
  ),
  muteOthers: apiRoute(moderationOperations.muteOthers, moderating, (deps, { caller, params }) =>
    muteEveryoneElse(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/** Everyone concerned hears of it; Chime stops what they send, or their attendees. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, auditTable, consultationsTable],
  events,
  meetings,
};

export const { hold, remove, mute, stopVideo, muteOthers } = onAws.all(factories, awsAdapters);
