/**
 * A phone's browser that was in the background (the patient went to read the SMS) may have
 * lost the camera: when the page is visible again, `restore` runs. Returns the way to stop.
 */
export const whenVisibleAgain = (restore: () => void): (() => void) => {
  const check = () => {
    if (document.visibilityState === 'visible') restore();
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('pageshow', check);
  return () => {
    document.removeEventListener('visibilitychange', check);
    window.removeEventListener('pageshow', check);
  };
};

/** The camera needs opening again: it ended, or the system took it away (muted) while hidden. */
export const cameraLost = (track: MediaStreamTrack | undefined): boolean =>
  !track || track.readyState === 'ended' || track.muted;
