import { linkOperations } from '@clinicall/shared/contract/links';
import { extendLinkBy, resendLink, revokeLinkNow } from '#use-cases/manage-link';
import { type AwsAdapters, loadedOnFirstUse, onAws } from '../composition/aws.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, auditTable, consultationsTable } from '#adapters/dynamodb/store';

/** Clients only some requests use: loaded with the first that does (composition/aws.ts). */
const notifier = loadedOnFirstUse(() => import('../composition/aws-adapters/notifier.ts'));
const timers = loadedOnFirstUse(() => import('../composition/aws-adapters/timers.ts'));
const meetings = loadedOnFirstUse(() => import('../composition/aws-adapters/meetings.ts'));

export const factories = {
  extend: apiRoute(
    linkOperations.extendLink,
    { tables: { consultations: 'write', access: 'read' }, events: true },
    async (deps, { caller, params, body }) => ({
      link: await extendLinkBy(deps, staffOf(caller), params.linkId, body.minutes),
    }),
  ),
  // Withdrawing the last live link of a consultation nobody came to closes it, and its meeting.
  revoke: apiRoute(
    linkOperations.revokeLink,
    { tables: { consultations: 'write', access: 'read' }, events: true, meetings: 'end' },
    async (deps, { caller, params }) => ({ link: await revokeLinkNow(deps, staffOf(caller), params.linkId) }),
  ),
  resend: apiRoute(
    linkOperations.resendLink,
    { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
    async (deps, { caller, params }) => ({ link: await resendLink(deps, staffOf(caller), params.linkId) }),
  ),
} satisfies Record<string, RouteFactory>;

/** Resending sends a new link and starts its timer; every change is told to the host. */
export const awsAdapters: AwsAdapters = {
  tables: [accessTable, auditTable, consultationsTable],
  notifier,
  events,
  timers,
  meetings,
};

export const { extend, revoke, resend } = onAws.all(factories, awsAdapters);
