import { operations } from '@clinicall/shared';
import { extendLinkBy, resendLink, revokeLinkNow } from '#use-cases/manage-link';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';

export const factories = {
  extend: apiRoute(
    operations.extendLink,
    { tables: { consultations: 'write', access: 'read' }, events: true },
    async (deps, { caller, params, body }) => ({
      link: await extendLinkBy(deps, staffOf(caller), params.linkId, body.minutes),
    }),
  ),
  revoke: apiRoute(
    operations.revokeLink,
    { tables: { consultations: 'write', access: 'read' }, events: true },
    async (deps, { caller, params }) => ({ link: await revokeLinkNow(deps, staffOf(caller), params.linkId) }),
  ),
  resend: apiRoute(
    operations.resendLink,
    { tables: { consultations: 'write', access: 'write' }, events: true, timers: true, notifier: true },
    async (deps, { caller, params }) => ({ link: await resendLink(deps, staffOf(caller), params.linkId) }),
  ),
} satisfies Record<string, RouteFactory>;

/** Resending sends a new link and starts its timer; every change is told to the host. */
export const awsAdapters: AwsAdapters = {
  notifier: () => import('../composition/aws-adapters/notifier.ts'),
  events: () => import('../composition/aws-adapters/events.ts'),
  timers: () => import('../composition/aws-adapters/timers.ts'),
};

export const { extend, revoke, resend } = onAws.all(factories, awsAdapters);
