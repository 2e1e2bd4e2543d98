import { openApiDocument, operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { onAws } from '../composition/aws.ts';
import { route } from '../http/route.ts';
import { siteOrigin } from '../http/site-origin.ts';
import { routes } from '../routes.ts';

let document: ReturnType<typeof openApiDocument> | undefined;

/** Documents exactly the operations the route table serves; generated on the first request, not at cold start. */
const create = (deps: Dependencies) =>
  route(
    operations.openApi,
    () =>
      Promise.resolve(
        (document ??= openApiDocument(
          routes.map((r) => r.operation),
          '1.0.0',
        )),
      ),
    siteOrigin(deps),
  );

export const factories = { handler: create };
export const { handler } = onAws.all(factories);
