import * as z from '../schemas/zod.ts';
import { paths } from '../paths.ts';
import { Health } from '../schemas/common.ts';
import { type Operation, operation } from './operation.ts';

/** The service itself: is it up, and what it offers. */
export const serviceOperations = {
  health: operation({
    id: 'health',
    method: 'GET',
    path: paths.health,
    auth: 'public',
    summary: 'Is the service up, and where is it running',
    response: Health,
    status: 200,
  }),
  openApi: operation({
    id: 'openApi',
    method: 'GET',
    path: paths.openApi,
    auth: 'public',
    summary: 'This document',
    response: z.record(z.string(), z.unknown()),
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
