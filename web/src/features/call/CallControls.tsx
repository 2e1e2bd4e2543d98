import { useTranslation } from 'react-i18next';
import { ControlButton } from './ControlButton.tsx';
import type { ControlsActions, ControlsMedia } from './use-call-controls.ts';

/** A group consultation's raised hand: whether it is up, and the way to raise or lower it. */
export interface HandControl {
  readonly raised: boolean;
  readonly toggle: () => void;
}

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
  /** In a group consultation, a participant raises their hand to speak. */
  readonly hand?: HandControl | undefined;
}

/**
 * Microphone, camera, switch camera, screen sharing, a raised hand (group consultations), the
 * people in the call, and the way out.
 * A toggle says what it will do ("Unmute" while muted), shows the state in its picture, and is
 * pressed while muted, stopped, sharing or with the hand up.
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
  hand,
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
      {hand && (
        <ControlButton
          icon="hand"
          label={t(hand.raised ? 'group.lowerHand' : 'group.raiseHand')}
          pressed={hand.raised}
          onClick={hand.toggle}
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
