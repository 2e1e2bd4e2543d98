import { consultationOperations } from '@clinicall/shared/contract/consultations';
import { consultNow as startConsultNow } from '#use-cases/consult-now';
import {
  admitParticipant,
  admitParticipants,
  endConsultation,
  getConsultation,
  listConsultations,
} from '#use-cases/host-consultation';
import { encounterOf } from '#use-cases/encounter';
import { invite as inviteSomeone } from '#use-cases/invite';
import { joinMedia } from '#use-cases/join-media';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const events = loadedOnFirstUse(() => import('../composition/aws-adapters/events.ts'));
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));
const integrations = loadedOnFirstUse(() => import('../composition/aws-adapters/integrations.ts'));

export const factories = {
  consultNow: apiRoute(
    consultationOperations.consultNow,
    {
      tables: { patients: 'read', consultations: 'write', access: 'write' },
      events: true,
      timers: true,
      notifier: true,
    },
    (deps, { caller, body }) => startConsultNow(deps, staffOf(caller), body),
  ),
  list: apiRoute(
    consultationOperations.listConsultations,
    { tables: { consultations: 'read' } },
    (deps, { caller, query }) => listConsultations(deps, staffOf(caller), query.status),
  ),
  get: apiRoute(
    consultationOperations.getConsultation,
    { tables: { consultations: 'read' } },
    (deps, { caller, params }) => getConsultation(deps, staffOf(caller), params.id),
  ),
  // Many let in at once get their attendees ahead, in batches of 100.
  admit: apiRoute(
    consultationOperations.admit,
    { tables: { consultations: 'write' }, events: true, meetings: 'admit' },
    (deps, { caller, params, body }) =>
      'participantId' in body
        ? admitParticipant(deps, staffOf(caller), params.id, body.participantId)
        : admitParticipants(
            deps,
            staffOf(caller),
            params.id,
            'participantIds' in body ? body.participantIds : undefined,
          ),
  ),
  // The appointment it held shows the outcome; the direct call it carried is over.
  end: apiRoute(
    consultationOperations.endConsultation,
    {
      tables: { consultations: 'write', appointments: 'write' },
      events: true,
      meetings: 'end',
      integrations: true,
    },
    (deps, { caller, params, body }) => endConsultation(deps, staffOf(caller), params.id, body),
  ),
  invite: apiRoute(
    consultationOperations.invite,
    { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
    (deps, { caller, params, body }) => inviteSomeone(deps, staffOf(caller), params.id, body),
  ),
  // Answered as the JSON document it is: a FHIR resource is an open record of fields.
  encounter: apiRoute(
    consultationOperations.encounter,
    { tables: { consultations: 'read' } },
    async (deps, { caller, params }) => ({
      ...(await encounterOf(deps, staffOf(caller), params.id)),
    }),
  ),
  media: apiRoute(
    consultationOperations.media,
    { tables: { consultations: 'write' }, meetings: 'join' },
    (deps, { caller, params, query }) => joinMedia(deps, caller, params.id, query.room),
  ),
} satisfies Record<string, RouteFactory>;

/** Consult Now and invite send links and start their timers; end and media reach Chime; end tells the organisation. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable],
  notifier,
  events,
  timers,
  meetings,
  integrations,
};

export const { consultNow, list, get, admit, end, invite, encounter, media } = onAws.all(
  factories,
  awsAdapters,
);
