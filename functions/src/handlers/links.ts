import { linkOperations } from '@clinicall/shared/contract/links';
import { extendLinkBy, resendLink, revokeLinkNow } from '#use-cases/manage-link';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { adapter as notifier } from '../composition/aws-adapters/notifier.ts';
import { adapter as events } from '../composition/aws-adapters/events.ts';
import { adapter as timers } from '../composition/aws-adapters/timers.ts';
import { adapter as meetings } from '../composition/aws-adapters/meetings.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';

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
  notifier,
  events,
  timers,
  meetings,
};

export const { extend, revoke, resend } = onAws.all(factories, awsAdapters);
