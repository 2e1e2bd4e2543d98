import { useTranslation } from 'react-i18next';
import type { Consultation } from '@clinicall/shared';
import { BreakoutPlanner } from './BreakoutPlanner.tsx';
import { BreakoutRoomsOpen } from './BreakoutRoomsOpen.tsx';
import { moderatorIds } from './registrations.ts';

interface BreakoutPanelProps {
  readonly consultation: Consultation;
  readonly token: string;
  readonly selfId: string | undefined;
}

/** Breakout rooms: planned and opened here; once open, run from here until they close. */
export const BreakoutPanel = ({ consultation, token, selfId }: BreakoutPanelProps) => {
  const { t } = useTranslation('groups');
  const moderators = moderatorIds(consultation);
  const inCall = consultation.participants.filter((p) => p.state === 'admitted');
  const placeable = inCall.filter(
    (p) => !(p.staffId && moderators.includes(p.staffId)) && p.role !== 'moderator',
  );
  return (
    <section
      className="group-section"
      aria-labelledby={`breakout-${consultation.id}`}
      data-testid="breakout-panel"
    >
      <h3 id={`breakout-${consultation.id}`}>{t('breakout.title')}</h3>
      {consultation.breakout ? (
        <BreakoutRoomsOpen
          consultation={consultation}
          breakout={consultation.breakout}
          token={token}
          people={inCall}
          selfId={selfId}
        />
      ) : consultation.status !== 'in-progress' ? (
        <p className="muted">{t('breakout.notStarted')}</p>
      ) : (
        <BreakoutPlanner consultation={consultation} token={token} people={placeable} />
      )}
    </section>
  );
};
