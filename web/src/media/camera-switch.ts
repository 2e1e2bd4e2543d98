/** The camera picture the call asks for: HD where the camera can, the front camera first. */
export const cameraConstraints: MediaTrackConstraints = { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: 'user' };

export interface CameraInUse {
  readonly deviceId?: string | undefined;
  readonly facingMode?: string | undefined;
}

/**
 * What to ask for to get another camera, best first: the other side of a phone (by facingMode),
 * then the next camera in the browser's list (laptops and fake devices report no facingMode).
 */
export const otherCameraChoices = (current: CameraInUse, cameras: readonly { deviceId: string }[]): MediaTrackConstraints[] => {
  const size = { width: cameraConstraints.width, height: cameraConstraints.height };
  const choices: MediaTrackConstraints[] = [];
  if (current.facingMode === 'user' || current.facingMode === 'environment') {
    choices.push({ ...size, facingMode: { exact: current.facingMode === 'user' ? 'environment' : 'user' } });
  }
  const others = cameras.filter((camera) => camera.deviceId && camera.deviceId !== current.deviceId);
  if (others.length > 0) {
    const index = cameras.findIndex((camera) => camera.deviceId === current.deviceId);
    const next = index < 0 ? others[0]! : (cameras.slice(index + 1).find((camera) => camera.deviceId) ?? others[0]!);
    choices.push({ ...size, deviceId: { exact: next.deviceId } });
  }
  return choices;
};

export const listCameras = async (): Promise<MediaDeviceInfo[]> => {
  try {
    return (await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'videoinput');
  } catch {
    return [];
  }
};

const openCamera = async (video: MediaTrackConstraints): Promise<MediaStreamTrack> => {
  const stream = await navigator.mediaDevices.getUserMedia({ video });
  const track = stream.getVideoTracks()[0];
  if (!track) throw new Error('no camera track');
  return track;
};

/** The camera used last (by device), else any camera. */
export const reopenCamera = async (deviceId: string | undefined): Promise<MediaStreamTrack> => {
  if (deviceId) {
    try {
      return await openCamera({ ...cameraConstraints, facingMode: undefined, deviceId: { exact: deviceId } });
    } catch {
      // that camera has gone: any camera will do
    }
  }
  return openCamera(cameraConstraints);
};

/**
 * Another camera than `current`. Phones often cannot hold two cameras open, so the caller has
 * stopped `current` already; when no other camera opens, undefined (the caller reopens its own).
 */
export const openOtherCamera = async (current: CameraInUse): Promise<MediaStreamTrack | undefined> => {
  for (const choice of otherCameraChoices(current, await listCameras())) {
    try {
      return await openCamera(choice);
    } catch {
      // try the next way
    }
  }
  return undefined;
};
