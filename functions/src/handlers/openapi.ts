import { serviceOperations } from '@clinicall/shared/contract/service';
import { onAws } from '../composition/aws.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { serviceRoute } from '../http/site-origin.ts';
import { apiDocument } from './openapi-document.ts';

let document: Promise<Record<string, unknown>> | undefined;

/** Documents exactly the operations the route table serves; made (or read) on the first request, not at cold start. */
export const factories = {
  handler: serviceRoute(serviceOperations.openApi, {}, () => {
    document ??= apiDocument().catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return document;
  }),
} satisfies Record<string, RouteFactory>;

export const { handler } = onAws.all(factories);
