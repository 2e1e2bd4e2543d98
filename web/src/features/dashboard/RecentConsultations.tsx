import { useTranslation } from 'react-i18next';
import type { Consultation } from '@clinicall/shared';
import { FhirRecordButton } from './FhirRecordButton.tsx';
import { describeOutcome, describeTechnicalProblems } from './outcome-text.ts';
import { formatTime } from '../../ui/format-time.ts';
import { guestNames } from './people.ts';

/** Consultations that ended lately, with the outcome recorded and both technical-problems answers. */
export const RecentConsultations = ({
  consultations,
  token,
}: {
  consultations: readonly Consultation[];
  token: string;
}) => {
  const { t } = useTranslation('dashboard');
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recent.title')}</h2>
      {consultations.length === 0 ? (
        <p className="muted">{t('recent.none')}</p>
      ) : (
        <ul className="recent__list">
          {consultations.map((consultation) => (
            <li
              key={consultation.id}
              className="recent__item"
              data-testid="recent-consultation"
              data-consultation-id={consultation.id}
            >
              <div>
                <strong>{guestNames(consultation, t)}</strong>{' '}
                <span className="muted">
                  {t('recent.ended', { time: formatTime(consultation.endedAt ?? consultation.createdAt) })}
                </span>
              </div>
              <div className={`outcome outcome--${consultation.outcome?.result ?? 'none'}`}>
                {describeOutcome(consultation.outcome, t)}
              </div>
              <div className="muted">{describeTechnicalProblems(consultation, t)}</div>
              {consultation.outcome?.result === 'completed' && (
                <FhirRecordButton consultationId={consultation.id} token={token} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
