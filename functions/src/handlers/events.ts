import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { issueEventTicket } from '#use-cases/events';
import { onAws } from '../composition/aws.ts';
import { route } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

export const factories = {
  ticket: (deps: Dependencies) =>
    route(operations.eventTicket, ({ caller, body }) => issueEventTicket(deps, caller, body.consultationId), routeOptions(deps)),
};

export const { ticket } = onAws.all(factories);
