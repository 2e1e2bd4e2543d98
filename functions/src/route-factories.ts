import type { HandlerFactory } from './composition/aws.ts';
import type { RouteFactory } from './http/route-factory.ts';
import type { Route } from './routes.ts';

/**
 * The factory of a route, with what it needs, from its handler file: for the local server, the
 * CDK app and the tests. Apart from the route table so that a Lambda bundle reading the table
 * (openapi) does not bundle every handler file.
 */
export const loadRouteFactory = async (route: Route): Promise<RouteFactory> => {
  const module = (await import(`./handlers/${route.file}.ts`)) as {
    factories?: Record<string, RouteFactory>;
  };
  const factory = module.factories?.[route.name];
  if (!factory) throw new Error(`handlers/${route.file}.ts has no factory ${route.name}`);
  if (!factory.needs) throw new Error(`handlers/${route.file}.ts does not say what ${route.name} needs`);
  return factory;
};

/** The handler factory of a route. */
export const loadFactory = async (route: Route): Promise<HandlerFactory> =>
  (await loadRouteFactory(route)).create;
