import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { extendLinkBy, resendLink, revokeLinkNow } from '#use-cases/manage-link';
import { onAws } from '../composition/aws.ts';
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

export const { extend, revoke, resend } = onAws.all(factories);
