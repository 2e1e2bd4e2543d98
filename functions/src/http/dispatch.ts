import type { Operation } from '@clinicall/shared';
import type { Context } from 'aws-lambda';
import type { ApiEvent, ApiHandler, ApiResult } from './route.ts';

/** How API Gateway names a route in `event.routeKey`: "POST /api/links/{linkId}/extend". */
export const routeKeyOf = (operation: Pick<Operation, 'method' | 'path'>): string => `${operation.method} ${operation.path}`;

/**
 * One Lambda function per handler file (a feature): API Gateway says which of its routes was
 * called, and that route's handler answers. Fewer functions, so fewer cold starts, and a
 * bundle that holds only the feature's clients.
 */
export const byRoute =
  (handlers: Readonly<Record<string, ApiHandler>>) =>
  async (event: ApiEvent, context: Context): Promise<ApiResult> => {
    const handler = Object.hasOwn(handlers, event.routeKey) ? handlers[event.routeKey] : undefined;
    if (!handler) {
      // Only a route API Gateway was told about reaches this function: this is a deployment mistake.
      return {
        statusCode: 404,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: JSON.stringify({ error: 'not-found', message: 'There is nothing at this address.' }),
      };
    }
    return handler(event, context);
  };
