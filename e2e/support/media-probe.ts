import type { Locator } from 'playwright-core';
import type { ExpectStatic } from 'vitest';

export interface RemoteMediaState {
  readonly width: number;
  readonly frames: number;
  readonly audioTracks: number;
  readonly audioLive: boolean;
}

/** What a remote <video> receives: its picture size, frames decoded so far, its audio track. */
export const remoteMedia = (video: Locator): Promise<RemoteMediaState> =>
  video.evaluate((element) => {
    const v = element as HTMLVideoElement;
    const stream = v.srcObject as MediaStream | null;
    const audio = stream?.getAudioTracks() ?? [];
    return {
      width: v.videoWidth,
      frames: v.getVideoPlaybackQuality().totalVideoFrames,
      audioTracks: audio.length,
      audioLive: audio.some((track) => track.readyState === 'live' && !track.muted && track.enabled),
    };
  });

/** Remote video whose frames keep advancing and a live remote audio track. */
export const expectLiveRemoteMedia = async (video: Locator, expect: ExpectStatic, { patience = 10_000 } = {}) => {
  await expect.poll(async () => (await remoteMedia(video)).width, { timeout: 2 * patience }).toBeGreaterThan(0);
  const before = await remoteMedia(video);
  await expect.poll(async () => (await remoteMedia(video)).frames, { timeout: patience }).toBeGreaterThan(before.frames + 5);
  const after = await remoteMedia(video);
  expect(after.audioTracks).toBeGreaterThan(0);
  expect(after.audioLive).toBe(true);
};
