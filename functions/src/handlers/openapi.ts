import { openApiDocument } from '@clinicall/shared';
import { serviceOperations } from '@clinicall/shared/contract/service';
import { onAws } from '../composition/aws.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { serviceRoute } from '../http/site-origin.ts';
import { routes } from '../routes.ts';

let document: ReturnType<typeof openApiDocument> | undefined;

/** Documents exactly the operations the route table serves; generated on the first request, not at cold start. */
export const factories = {
  handler: serviceRoute(serviceOperations.openApi, {}, () =>
    Promise.resolve(
      (document ??= openApiDocument(
        routes.map((r) => r.operation),
        '1.0.0',
      )),
    ),
  ),
} satisfies Record<string, RouteFactory>;

export const { handler } = onAws.all(factories);
