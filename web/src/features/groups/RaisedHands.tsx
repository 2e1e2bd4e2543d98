import { useTranslation } from 'react-i18next';
import type { Consultation } from '@clinicall/shared';
import { formatTime } from '../../ui/format-time.ts';

/** Who has a hand up, first raised first: the order the moderator gives the word in. */
export const raisedHands = (consultation: Consultation) =>
  consultation.participants
    .filter((p) => p.state === 'admitted' && p.handRaisedAt)
    .sort((a, b) => (a.handRaisedAt! < b.handRaisedAt! ? -1 : a.handRaisedAt! > b.handRaisedAt! ? 1 : 0));

export const RaisedHands = ({ consultation }: { consultation: Consultation }) => {
  const { t } = useTranslation('groups');
  const hands = raisedHands(consultation);
  const roomName = (room: string | undefined) =>
    consultation.breakout?.rooms.find((r) => r.id === room)?.name;
  return (
    <section
      className="group-section"
      aria-labelledby={`hands-${consultation.id}`}
      data-testid="raised-hands"
    >
      <h3 id={`hands-${consultation.id}`}>{t('hands.title', { count: hands.length })}</h3>
      {hands.length === 0 ? (
        <p className="muted">{t('hands.none')}</p>
      ) : (
        <ol className="group-list">
          {hands.map((person) => (
            <li key={person.id}>
              {person.displayName}
              <span className="muted">
                {' · '}
                {t('hands.since', { time: formatTime(person.handRaisedAt!) })}
                {roomName(person.room) && ` · ${roomName(person.room)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
