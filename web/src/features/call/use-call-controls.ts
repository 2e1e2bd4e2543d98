import type { LocalMediaState } from '../../media/media-session.ts';
import { useLocalMedia, useMediaSession } from '../../media/react/hooks.ts';

/** What this person's controls show. */
export type ControlsMedia = Pick<
  LocalMediaState,
  'microphoneOn' | 'cameraOn' | 'sharingScreen' | 'canSwitchCamera' | 'canShareScreen'
>;

/** What this person's controls do. */
export interface ControlsActions {
  readonly toggleMicrophone: () => void;
  readonly toggleCamera: () => void;
  readonly switchCamera: () => void;
  readonly toggleScreenShare: () => void;
}

/** The call's media as the controls see it: its state, and each button's work. */
export const useCallControls = (): { readonly media: ControlsMedia; readonly actions: ControlsActions } => {
  const session = useMediaSession();
  const media = useLocalMedia();
  return {
    media,
    actions: {
      toggleMicrophone: () => session.setMicrophone(!media.microphoneOn),
      toggleCamera: () => void session.setCamera(!media.cameraOn),
      switchCamera: () => void session.switchCamera(),
      toggleScreenShare: () => void session.shareScreen(!media.sharingScreen),
    },
  };
};
