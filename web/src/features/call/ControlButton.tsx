import { ControlIcon, type IconName } from './ControlIcon.tsx';

interface ControlButtonProps {
  readonly icon: IconName;
  /** The words on the button: its name for everyone, screen readers included. */
  readonly label: string;
  readonly onClick: () => void;
  /** A toggle: whether it is on (muted, camera stopped, sharing). */
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  /** A button that opens a panel: whether it is open, and the panel's id while it is. */
  readonly expanded?: boolean;
  readonly controls?: string | undefined;
  /** The way out is red. */
  readonly end?: boolean;
}

/** One button of the call's controls: a picture above its words. */
export const ControlButton = ({
  icon,
  label,
  onClick,
  pressed,
  disabled,
  expanded,
  controls,
  end,
}: ControlButtonProps) => (
  <button
    className={end ? 'button button--end call__control' : 'button call__control'}
    type="button"
    aria-pressed={pressed}
    aria-expanded={expanded}
    aria-controls={controls}
    disabled={disabled}
    onClick={onClick}
  >
    <ControlIcon name={icon} />
    <span className="call__control-label">{label}</span>
  </button>
);
