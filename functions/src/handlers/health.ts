import { serviceOperations } from '@clinicall/shared/contract/service';
import { onAws } from '../composition/aws.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { serviceRoute } from '../http/site-origin.ts';

export const factories = {
  handler: serviceRoute(serviceOperations.health, {}, (deps) => Promise.resolve({ ok: true, mode: deps.mode })),
} satisfies Record<string, RouteFactory>;

export const { handler } = onAws.all(factories);
