import { type Consultation, type Outcome, outcomeLabels } from '@clinicall/shared';

const snomed = 'http://snomed.info/sct';

/** "Consultation completed — SNOMED CT 719410009", or "Consultation unsuccessful". */
export const describeOutcome = (outcome: Outcome | undefined): string => {
  if (!outcome) return 'Ended without an outcome recorded';
  const label = outcomeLabels[outcome.result];
  if (!outcome.coding) return label;
  const system = outcome.coding.system === snomed ? 'SNOMED CT' : outcome.coding.system;
  return `${label} — ${system} ${outcome.coding.code}`;
};

const yesNo = (value: boolean | undefined) => (value === undefined ? 'not answered' : value ? 'yes' : 'no');

/** Both answers to "did you have technical problems?". */
export const describeTechnicalProblems = (consultation: Consultation): string =>
  `Technical problems — clinician: ${yesNo(consultation.outcome?.technicalProblems)}; patient: ${yesNo(consultation.patientFeedback?.technicalProblems)}`;
