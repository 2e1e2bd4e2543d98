import { eventOperations } from '@clinicall/shared/contract/events';
import { issueEventTicket } from '#use-cases/events';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { participantSession } from '../composition/needs.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, consultationsTable } from '#adapters/dynamodb/store';

export const factories = {
  ticket: apiRoute(
    eventOperations.eventTicket,
    { tables: { ...participantSession, access: 'write' } },
    (deps, { caller, body }) => issueEventTicket(deps, caller, body.consultationId),
  ),
} satisfies Record<string, RouteFactory>;

/** The tables its routes touch. */
export const awsAdapters: AwsAdapters = { tables: [accessTable, consultationsTable] };

export const { ticket } = onAws.all(factories, awsAdapters);
