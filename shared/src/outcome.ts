import type { Coding } from './schemas/consultations.ts';

/** SNOMED CT 719410009 "Consultation via video conference": the code of a completed consultation. */
export const videoConsultationCoding: Coding = {
  system: 'http://snomed.info/sct',
  code: '719410009',
  display: 'Consultation via video conference',
};

export type OutcomeResult = 'completed' | 'unsuccessful';

export const outcomeLabels: Record<OutcomeResult, string> = {
  completed: 'Consultation completed',
  unsuccessful: 'Consultation unsuccessful',
};

/** Completed consultations carry the code; unsuccessful ones carry none. */
export const codingFor = (result: OutcomeResult): Coding | undefined =>
  result === 'completed' ? videoConsultationCoding : undefined;
