/** A touch screen as the main pointer: a phone or tablet, whose screen the call cannot share. */
const touchFirst = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * The browser can share a screen: it offers getDisplayMedia, and it is not a phone or tablet
 * (some of their browsers offer it only to refuse, and the picture would be the call itself).
 */
export const canShareScreen = (): boolean =>
  typeof navigator.mediaDevices?.getDisplayMedia === 'function' && !touchFirst();

/**
 * A screen, window or tab the person picks. `onEnded` runs when they stop it from the browser's
 * own "Stop sharing" bar (not when we stop it ourselves).
 */
export const captureScreen = async (onEnded: () => void): Promise<MediaStreamTrack> => {
  const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 15, max: 30 } }, audio: false });
  const track = stream.getVideoTracks()[0];
  if (!track) throw new Error('no screen track');
  // Text and detail stay sharp rather than the frame rate staying high.
  track.contentHint = 'detail';
  track.addEventListener('ended', onEnded, { once: true });
  return track;
};
