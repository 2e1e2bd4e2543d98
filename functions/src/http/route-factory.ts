import type { Operation } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import type { FunctionNeeds } from '../composition/needs.ts';
import { type ApiHandler, route, type RouteOptions, type RouteRequest, type RouteResponse } from './route.ts';

/**
 * One route of a handler file: how its handler is built, and what that handler reaches. The
 * local server builds it; the CDK app grants the needs (env and IAM) to the file's function.
 */
export interface RouteFactory {
  readonly needs: FunctionNeeds;
  readonly create: (deps: Dependencies) => ApiHandler;
}

/** What a route does with a valid request: answers what its operation's response schema accepts. */
export type RouteRun<O extends Operation> = (
  deps: Dependencies,
  request: RouteRequest<O>,
) => Promise<RouteResponse<O>>;

/** Makes route factories whose handlers all take their options (who may call from where) the same way. */
export const routeFactories =
  (optionsOf: (deps: Dependencies) => RouteOptions) =>
  <O extends Operation>(operation: O, needs: FunctionNeeds, run: RouteRun<O>): RouteFactory => ({
    needs,
    create: (deps) => route(operation, (request) => run(deps, request), optionsOf(deps)),
  });
