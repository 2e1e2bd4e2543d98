import * as z from './zod.ts';

/**
 * What the device check before the waiting room found, shown to the clinician on the waiting
 * person's card so a problem is known before the call starts.
 */
export const DeviceCheck = z
  .strictObject({
    camera: z.enum(['ok', 'missing', 'blocked']),
    microphone: z.enum(['ok', 'missing', 'blocked', 'silent']),
    speaker: z.enum(['ok', 'not-heard', 'not-tested']),
    connection: z.enum(['good', 'poor', 'failed']),
    /** Round trip to the service, as measured by the browser. */
    roundTripMs: z.number().int().min(0).max(60_000).optional(),
  })
  .meta({ id: 'DeviceCheck' });
export type DeviceCheck = z.infer<typeof DeviceCheck>;

/** One line for the clinician: "Devices OK", or what is wrong, worst first. */
export const summariseDeviceCheck = (check: DeviceCheck): string => {
  const problems = [
    check.connection === 'failed' && 'no connection to the service',
    check.camera === 'blocked' && 'camera blocked',
    check.camera === 'missing' && 'no camera',
    check.microphone === 'blocked' && 'microphone blocked',
    check.microphone === 'missing' && 'no microphone',
    check.microphone === 'silent' && 'microphone silent',
    check.connection === 'poor' && 'poor connection',
    check.speaker === 'not-heard' && 'could not hear the test sound',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length === 0) return 'Devices OK';
  const [first = '', ...rest] = problems;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(', ');
};
