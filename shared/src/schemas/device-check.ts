import * as z from './zod.ts';

/**
 * What the device check before the waiting room found, shown to the clinician on the waiting
 * person's card so a problem is known before the call starts.
 */
export const DeviceCheck = /* @__PURE__ */ z
  .strictObject({
    camera: z.enum(['ok', 'missing', 'blocked']),
    microphone: z.enum(['ok', 'missing', 'blocked', 'silent']),
    speaker: z.enum(['ok', 'not-heard', 'not-tested']),
    connection: z.enum(['good', 'poor', 'failed']),
    /** Round trip to the service, as measured by the browser. */
    roundTripMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60_000))),
  })
  .register(z.globalRegistry, { id: 'DeviceCheck' });
export type DeviceCheck = z.infer<typeof DeviceCheck>;
