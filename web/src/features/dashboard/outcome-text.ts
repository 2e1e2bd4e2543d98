import type { TFunction } from 'i18next';
import type { Consultation, Outcome } from '@clinicall/shared';

const snomed = 'http://snomed.info/sct';

/** "Consultation completed — SNOMED CT 719410009", or "Consultation unsuccessful". */
export const describeOutcome = (outcome: Outcome | undefined, t: TFunction<'dashboard'>): string => {
  if (!outcome) return t('outcome.none');
  const label = t(`outcome.${outcome.result}`);
  if (!outcome.coding) return label;
  const system = outcome.coding.system === snomed ? 'SNOMED CT' : outcome.coding.system;
  return t('outcome.coded', { label, system, code: outcome.coding.code });
};

const yesNo = (value: boolean | undefined, t: TFunction<'dashboard'>) =>
  value === undefined ? t('outcome.notAnswered') : value ? t('outcome.yes') : t('outcome.no');

/** Both answers to "did you have technical problems?". */
export const describeTechnicalProblems = (consultation: Consultation, t: TFunction<'dashboard'>): string =>
  t('outcome.technicalProblems', {
    clinician: yesNo(consultation.outcome?.technicalProblems, t),
    patient: yesNo(consultation.patientFeedback?.technicalProblems, t),
  });
