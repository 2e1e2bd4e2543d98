import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonAction } from './use-moderation.ts';

export interface PersonRow {
  readonly id: string;
  readonly name: string;
  readonly role: string | undefined;
  /** "In the call", "Waiting", "Reconnecting…", "Invited", "Left". */
  readonly state: string;
  /** Microphone and camera, or the device check of someone waiting. */
  readonly details: readonly string[];
  readonly waiting?: boolean;
  /** Admitted to the call: the host may mute them, stop their video, hold or remove them. */
  readonly inCall?: boolean;
  /** The host already muted them, or stopped their camera. */
  readonly muted?: boolean;
  readonly cameraStopped?: boolean;
}

interface PeoplePanelProps {
  readonly id: string;
  readonly people: readonly PersonRow[];
  readonly onClose: () => void;
  /** The host admits someone waiting from here. */
  readonly onAdmit?: ((id: string) => void) | undefined;
  /** The host's actions on someone in the call. */
  readonly onAction?: ((action: PersonAction, id: string) => void) | undefined;
  /** The host's "Invite someone". */
  readonly children?: ReactNode;
}

/** Everyone in the consultation: role, where they are, microphone and camera. */
export const PeoplePanel = ({ id, people, onClose, onAdmit, onAction, children }: PeoplePanelProps) => {
  const { t } = useTranslation('call');
  // Opened from the controls: a screen reader or keyboard user lands on the list.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <aside id={id} className="call__panel" aria-labelledby={`${id}-title`} data-testid="people-panel">
      <div className="call__panel-header">
        <h2 id={`${id}-title`} ref={title} tabIndex={-1}>
          {t('people')}
        </h2>
        <button className="button button--quiet" type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ul className="people">
        {people.map((person) => (
          <li key={person.id} className="people__person" data-testid="person" data-person-id={person.id}>
            <span>
              <span className="people__name">{person.name}</span>
              {person.role && <span className="muted"> · {person.role}</span>}
            </span>
            <span className="people__state">{person.state}</span>
            {person.details.length > 0 && (
              <span className="people__details">{person.details.join(' · ')}</span>
            )}
            {person.waiting && onAdmit && (
              <button className="button button--primary" type="button" onClick={() => onAdmit(person.id)}>
                {t('admit', { name: person.name })}
              </button>
            )}
            {person.inCall && onAction && (
              <span className="people__actions">
                {(['mute', 'stopVideo', 'hold', 'remove'] as const).map((action) => (
                  <button
                    key={action}
                    className="button button--quiet"
                    type="button"
                    disabled={(action === 'mute' && person.muted) || (action === 'stopVideo' && person.cameraStopped)}
                    aria-label={t(`moderation.${action}For`, { name: person.name })}
                    onClick={() => onAction(action, person.id)}
                  >
                    {t(`moderation.${action}`)}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {children}
    </aside>
  );
};
