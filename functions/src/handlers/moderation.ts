import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { holdParticipant, muteEveryoneElse, removeParticipant, stopParticipantMedia } from '#use-cases/moderate-call';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

/** The host's hand on the people of the call. */
export const factories = {
  hold: (deps: Dependencies) =>
    route(
      operations.holdParticipant,
      ({ caller, params }) => holdParticipant(deps, staffOf(caller), params.id, params.participantId),
      routeOptions(deps),
    ),
  remove: (deps: Dependencies) =>
    route(
      operations.removeParticipant,
      ({ caller, params }) => removeParticipant(deps, staffOf(caller), params.id, params.participantId),
      routeOptions(deps),
    ),
  mute: (deps: Dependencies) =>
    route(
      operations.muteParticipant,
      ({ caller, params }) => stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'microphone'),
      routeOptions(deps),
    ),
  stopVideo: (deps: Dependencies) =>
    route(
      operations.stopParticipantVideo,
      ({ caller, params }) => stopParticipantMedia(deps, staffOf(caller), params.id, params.participantId, 'camera'),
      routeOptions(deps),
    ),
  muteOthers: (deps: Dependencies) =>
    route(operations.muteOthers, ({ caller, params }) => muteEveryoneElse(deps, staffOf(caller), params.id), routeOptions(deps)),
};

/** Everyone concerned hears of it; Chime stops what they send, or their attendees. */
export const awsAdapters: AwsAdapters = {
  events: () => import('../composition/aws-adapters/events.ts'),
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
};

export const { hold, remove, mute, stopVideo, muteOthers } = onAws.all(factories, awsAdapters);
