import { MediaAccessError } from './media-session.ts';

const video: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' };

/** Camera and microphone; with only one of them available, that one; with neither, MediaAccessError. */
export const startLocalMedia = async (): Promise<MediaStream> => {
  const attempts: MediaStreamConstraints[] = [{ audio: true, video }, { audio: true }, { video }];
  for (const constraints of attempts) {
    try {
      return await navigator.mediaDevices.getUserMedia(constraints);
    } catch {
      // try with less
    }
  }
  throw new MediaAccessError();
};

export const stopLocalMedia = (stream: MediaStream | undefined): void => {
  stream?.getTracks().forEach((track) => track.stop());
};
