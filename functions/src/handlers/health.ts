import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { onAws } from '../composition/aws.ts';
import { route } from '../http/route.ts';
import { siteOrigin } from '../http/site-origin.ts';

const create = (deps: Dependencies) =>
  route(operations.health, () => Promise.resolve({ ok: true, mode: deps.mode }), siteOrigin(deps));

export const factories = { handler: create };
export const { handler } = onAws.all(factories);
