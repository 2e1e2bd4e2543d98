import type { Dependencies } from '#ports';
import { routeFactories } from './route-factory.ts';
import type { RouteOptions } from './route.ts';

/**
 * The one origin a browser may call the API from: the site's own, never `*`. Every route's
 * CORS answer comes from here (through routeOptions, or directly for the service's own routes,
 * whose bundles need nothing else of it).
 */
export const siteOrigin = (deps: Pick<Dependencies, 'settings'>): Pick<RouteOptions, 'allowedOrigin'> => ({
  allowedOrigin: deps.settings.siteUrl,
});

/** A route about the service itself (health, this API's document): no sessions to check, so none bundled. */
export const serviceRoute = routeFactories(siteOrigin);
