import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { onAws } from '../composition/aws.ts';
import { route } from '../http/route.ts';

const create = ({ mode }: Dependencies) =>
  route(operations.health, () => Promise.resolve({ ok: true, mode }));

export const factories = { handler: create };
export const { handler } = onAws.all(factories);
