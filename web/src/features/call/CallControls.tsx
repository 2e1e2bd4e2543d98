import { useTranslation } from 'react-i18next';
import { ControlButton } from './ControlButton.tsx';
import type { ControlsActions, ControlsMedia } from './use-call-controls.ts';

interface CallControlsProps {
  readonly media: ControlsMedia;
  readonly actions: ControlsActions;
  readonly onEnd: () => void;
  /** "End call" for the host, "Leave call" for the others. */
  readonly endLabel: string;
  readonly peopleOpen: boolean;
  readonly peoplePanelId: string;
  readonly onPeople: () => void;
  /** Hidden after a while on a touch screen (still focusable: focus brings them back). */
  readonly hidden: boolean;
  readonly onFocusWithin: (inside: boolean) => void;
}

/**
 * Microphone, camera, switch camera, screen sharing, the people in the call, and the way out.
 * A toggle says what it will do ("Unmute" while muted), shows the state in its picture, and is
 * pressed while muted, stopped or sharing.
 */
export const CallControls = ({
  media,
  actions,
  onEnd,
  endLabel,
  peopleOpen,
  peoplePanelId,
  onPeople,
  hidden,
  onFocusWithin,
}: CallControlsProps) => {
  const { t } = useTranslation('call');
  const { microphoneOn, cameraOn, sharingScreen } = media;
  return (
    <div
      className={hidden ? 'call__controls call__controls--hidden' : 'call__controls'}
      role="toolbar"
      aria-label={t('controls')}
      data-testid="call-controls"
      data-hidden={hidden}
      onFocus={() => onFocusWithin(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onFocusWithin(false);
      }}
    >
      <ControlButton
        icon={microphoneOn ? 'microphone' : 'microphone-off'}
        label={t(microphoneOn ? 'mute' : 'unmute')}
        pressed={!microphoneOn}
        onClick={actions.toggleMicrophone}
      />
      <ControlButton
        icon={cameraOn ? 'camera' : 'camera-off'}
        label={t(cameraOn ? 'stopCamera' : 'startCamera')}
        pressed={!cameraOn}
        onClick={actions.toggleCamera}
      />
      {media.canSwitchCamera && (
        <ControlButton
          icon="switch-camera"
          label={t('switchCamera')}
          disabled={!cameraOn || sharingScreen}
          onClick={actions.switchCamera}
        />
      )}
      {media.canShareScreen && (
        <ControlButton
          icon={sharingScreen ? 'stop-sharing' : 'share-screen'}
          label={t(sharingScreen ? 'stopSharing' : 'shareScreen')}
          pressed={sharingScreen}
          onClick={actions.toggleScreenShare}
        />
      )}
      <ControlButton
        icon="people"
        label={t('people')}
        expanded={peopleOpen}
        controls={peopleOpen ? peoplePanelId : undefined}
        onClick={onPeople}
      />
      <ControlButton icon="end-call" label={endLabel} end onClick={onEnd} />
    </div>
  );
};
