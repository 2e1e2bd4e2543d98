import type { DeviceCheck } from './schemas/device-check.ts';

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
