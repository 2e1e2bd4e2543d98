import { eventOperations } from '@clinicall/shared/contract/events';
import { issueEventTicket } from '#use-cases/events';
import { onAws } from '../composition/aws.ts';
import { participantSession } from '../composition/needs.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';

export const factories = {
  ticket: apiRoute(
    eventOperations.eventTicket,
    { tables: { ...participantSession, access: 'write' } },
    (deps, { caller, body }) => issueEventTicket(deps, caller, body.consultationId),
  ),
} satisfies Record<string, RouteFactory>;

export const { ticket } = onAws.all(factories);
