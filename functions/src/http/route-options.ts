import type { Dependencies } from '#ports';
import { authenticateParticipant } from '#use-cases/participant-session';
import type { RouteOptions } from './route.ts';

/** What every route of a deployment shares: who may call it from where. */
export const routeOptions = (deps: Dependencies): RouteOptions => ({
  authenticateParticipant: (bearer) => authenticateParticipant(deps, bearer),
  allowedOrigin: deps.settings.siteUrl,
});
