import type { HandlerFactory } from './composition/aws.ts';
import type { Route } from './routes.ts';

/**
 * The handler factory of a route, for the local server and the tests. Apart from the route
 * table so that a Lambda bundle reading the table (openapi) does not bundle every handler file.
 */
export const loadFactory = async (route: Route): Promise<HandlerFactory> => {
  const module = (await import(`./handlers/${route.file}.ts`)) as { factories: Record<string, HandlerFactory> };
  const factory = module.factories[route.name];
  if (!factory) throw new Error(`handlers/${route.file}.ts has no factory ${route.name}`);
  return factory;
};
