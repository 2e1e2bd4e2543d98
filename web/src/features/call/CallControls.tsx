import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalMedia, useMediaSession } from '../../media/react/hooks.ts';

interface CallControlsProps {
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

const Toggle = ({
  pressed,
  onClick,
  disabled,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) => (
  <button
    className="button call__control"
    type="button"
    aria-pressed={pressed}
    disabled={disabled}
    onClick={onClick}
  >
    {children}
  </button>
);

/** Microphone, camera, switch camera, screen sharing, the people in the call, and the way out. */
export const CallControls = ({
  onEnd,
  endLabel,
  peopleOpen,
  peoplePanelId,
  onPeople,
  hidden,
  onFocusWithin,
}: CallControlsProps) => {
  const { t } = useTranslation('call');
  const session = useMediaSession();
  const local = useLocalMedia();
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
      <Toggle pressed={!local.microphoneOn} onClick={() => session.setMicrophone(!local.microphoneOn)}>
        {t('mute')}
      </Toggle>
      <Toggle pressed={!local.cameraOn} onClick={() => void session.setCamera(!local.cameraOn)}>
        {t('cameraOff')}
      </Toggle>
      {local.canSwitchCamera && (
        <button
          className="button call__control"
          type="button"
          disabled={!local.cameraOn || local.sharingScreen}
          onClick={() => void session.switchCamera()}
        >
          {t('switchCamera')}
        </button>
      )}
      {local.canShareScreen && (
        <Toggle pressed={local.sharingScreen} onClick={() => void session.shareScreen(!local.sharingScreen)}>
          {t('shareScreen')}
        </Toggle>
      )}
      <button
        className="button call__control"
        type="button"
        aria-expanded={peopleOpen}
        aria-controls={peopleOpen ? peoplePanelId : undefined}
        onClick={onPeople}
      >
        {t('people')}
      </button>
      <button className="button button--end call__control" type="button" onClick={onEnd}>
        {endLabel}
      </button>
    </div>
  );
};
