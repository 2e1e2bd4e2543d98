import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { consultNow as startConsultNow } from '#use-cases/consult-now';
import { admitParticipant, admitParticipants, endConsultation, getConsultation, listConsultations } from '#use-cases/host-consultation';
import { encounterOf } from '#use-cases/encounter';
import { invite as inviteSomeone } from '#use-cases/invite';
import { joinMedia } from '#use-cases/join-media';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

export const factories = {
  consultNow: (deps: Dependencies) =>
    route(operations.consultNow, ({ caller, body }) => startConsultNow(deps, staffOf(caller), body), routeOptions(deps)),
  list: (deps: Dependencies) =>
    route(
      operations.listConsultations,
      ({ caller, query }) => listConsultations(deps, staffOf(caller), query.status),
      routeOptions(deps),
    ),
  get: (deps: Dependencies) =>
    route(operations.getConsultation, ({ caller, params }) => getConsultation(deps, staffOf(caller), params.id), routeOptions(deps)),
  admit: (deps: Dependencies) =>
    route(
      operations.admit,
      ({ caller, params, body }) =>
        'participantId' in body
          ? admitParticipant(deps, staffOf(caller), params.id, body.participantId)
          : admitParticipants(deps, staffOf(caller), params.id, 'participantIds' in body ? body.participantIds : undefined),
      routeOptions(deps),
    ),
  end: (deps: Dependencies) =>
    route(
      operations.endConsultation,
      ({ caller, params, body }) => endConsultation(deps, staffOf(caller), params.id, body),
      routeOptions(deps),
    ),
  invite: (deps: Dependencies) =>
    route(
      operations.invite,
      ({ caller, params, body }) => inviteSomeone(deps, staffOf(caller), params.id, body),
      routeOptions(deps),
    ),
  encounter: (deps: Dependencies) =>
    route(operations.encounter, ({ caller, params }) => encounterOf(deps, staffOf(caller), params.id), routeOptions(deps)),
  media: (deps: Dependencies) =>
    route(operations.media, ({ caller, params, query }) => joinMedia(deps, caller, params.id, query.room), routeOptions(deps)),
};

/** Consult Now and invite send links and start their timers; end and media reach Chime; end tells the organisation. */
export const awsAdapters: AwsAdapters = {
  notifier: () => import('../composition/aws-adapters/notifier.ts'),
  events: () => import('../composition/aws-adapters/events.ts'),
  timers: () => import('../composition/aws-adapters/timers.ts'),
  meetings: () => import('../composition/aws-adapters/meetings.ts'),
  integrations: () => import('../composition/aws-adapters/integrations.ts'),
};

export const { consultNow, list, get, admit, end, invite, encounter, media } = onAws.all(factories, awsAdapters);
