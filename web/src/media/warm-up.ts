import { startLocalMedia, stopLocalMedia } from './local-media.ts';

let warm: Promise<MediaStream> | undefined;

/**
 * Starts the camera and microphone ahead of the call — in the waiting room, or as the clinician
 * presses Admit — so that being let in does not wait for the devices.
 */
export const warmUpLocalMedia = (): Promise<MediaStream> => (warm ??= startLocalMedia());

/** The warmed-up devices, handed over once; without a warm-up, started now. */
export const takeLocalMedia = (): Promise<MediaStream> => {
  const stream = warm ?? startLocalMedia();
  warm = undefined;
  return stream;
};

/** Nobody will take them after all (the admission failed, the consultation ended): stop them. */
export const coolDownLocalMedia = (): void => {
  void warm?.then(stopLocalMedia, () => undefined);
  warm = undefined;
};
