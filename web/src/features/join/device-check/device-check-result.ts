import type { DeviceCheck } from '@clinicall/shared';

export type CameraResult = DeviceCheck['camera'];
export type MicrophoneResult = DeviceCheck['microphone'];
export type ConnectionResult = DeviceCheck['connection'];

/** A device we got a live track from works; otherwise it is missing (none listed) or blocked. */
export const deviceResult = (track: MediaStreamTrack | undefined, devicesOfKind: number): 'ok' | 'missing' | 'blocked' =>
  track && track.readyState === 'live' ? 'ok' : devicesOfKind === 0 ? 'missing' : 'blocked';

/** Below this loudness (RMS of a full-scale signal) for the whole check, nothing reaches the microphone. */
export const silenceLevel = 0.01;
/** Silence is only concluded after listening this long. */
export const listenMs = 3000;

export const microphoneResult = (
  device: 'ok' | 'missing' | 'blocked',
  loudest: number,
  listenedMs: number,
): MicrophoneResult => (device !== 'ok' ? device : listenedMs >= listenMs && loudest < silenceLevel ? 'silent' : 'ok');

/** Slower than this round trip to the service, a video call will struggle. */
export const poorRoundTripMs = 800;

/** Timed round trips (undefined for one that failed) → good, poor or failed, and the median time. */
export const connectionResult = (
  roundTrips: readonly (number | undefined)[],
): { connection: ConnectionResult; roundTripMs?: number } => {
  const answered = roundTrips.filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b);
  if (answered.length === 0) return { connection: 'failed' };
  const median = Math.round(answered[Math.floor((answered.length - 1) / 2)]!);
  const lost = roundTrips.length - answered.length;
  return { connection: median > poorRoundTripMs || lost > roundTrips.length / 2 ? 'poor' : 'good', roundTripMs: Math.min(median, 60_000) };
};

/** RMS loudness of one frame of samples (−1…1). */
export const loudness = (samples: ArrayLike<number>): number => {
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) sum += samples[i]! * samples[i]!;
  return samples.length ? Math.sqrt(sum / samples.length) : 0;
};
