import { codingFor, type Consultation } from '@clinicall/shared';
import { expect, test } from 'vitest';
import { describeOutcome, describeTechnicalProblems } from './outcome-text.ts';

const recorded = { recordedAt: '2026-01-01T10:00:00.000Z', recordedBy: 'clinician-1' };

test('a completed consultation shows its SNOMED CT code; an unsuccessful one has none', () => {
  expect(describeOutcome({ result: 'completed', technicalProblems: false, coding: codingFor('completed'), ...recorded })).toBe(
    'Consultation completed — SNOMED CT 719410009',
  );
  expect(describeOutcome({ result: 'unsuccessful', technicalProblems: true, ...recorded })).toBe('Consultation unsuccessful');
  expect(describeOutcome(undefined)).toMatch(/without an outcome/);
});

test('both sides answer the technical-problems question', () => {
  const consultation = {
    outcome: { result: 'completed', technicalProblems: false, ...recorded },
    patientFeedback: { technicalProblems: true },
  } as Consultation;
  expect(describeTechnicalProblems(consultation)).toBe('Technical problems — clinician: no; patient: yes');
  expect(describeTechnicalProblems({ ...consultation, patientFeedback: undefined })).toBe(
    'Technical problems — clinician: no; patient: not answered',
  );
});
