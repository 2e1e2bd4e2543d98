import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { extendLinkBy, resendLink, revokeLinkNow } from '#use-cases/manage-link';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

export const factories = {
  extend: (deps: Dependencies) =>
    route(
      operations.extendLink,
      async ({ caller, params, body }) => ({ link: await extendLinkBy(deps, staffOf(caller), params.linkId, body.minutes) }),
      routeOptions(deps),
    ),
  revoke: (deps: Dependencies) =>
    route(
      operations.revokeLink,
      async ({ caller, params }) => ({ link: await revokeLinkNow(deps, staffOf(caller), params.linkId) }),
      routeOptions(deps),
    ),
  resend: (deps: Dependencies) =>
    route(
      operations.resendLink,
      async ({ caller, params }) => ({ link: await resendLink(deps, staffOf(caller), params.linkId) }),
      routeOptions(deps),
    ),
};

/** Resending sends a new link and starts its timer; every change is told to the host. */
export const awsAdapters: AwsAdapters = {
  notifier: () => import('../composition/aws-adapters/notifier.ts'),
  events: () => import('../composition/aws-adapters/events.ts'),
  timers: () => import('../composition/aws-adapters/timers.ts'),
};

export const { extend, revoke, resend } = onAws.all(factories, awsAdapters);
