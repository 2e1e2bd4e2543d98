import type { TFunction } from 'i18next';
import { codingFor, type Consultation } from '@clinicall/shared';
import { beforeAll, expect, test } from 'vitest';
import { testI18n } from '../../i18n/testing.ts';
import { describeOutcome, describeTechnicalProblems } from './outcome-text.ts';

const recorded = { recordedAt: '2026-01-01T10:00:00.000Z', recordedBy: 'clinician-1' };
let english: TFunction<'dashboard'>;
let swedish: TFunction<'dashboard'>;
beforeAll(async () => {
  english = (await testI18n('en')).getFixedT('en', 'dashboard');
  swedish = (await testI18n('sv')).getFixedT('sv', 'dashboard');
});

test('a completed consultation shows its SNOMED CT code; an unsuccessful one has none', () => {
  expect(describeOutcome({ result: 'completed', technicalProblems: false, coding: codingFor('completed'), ...recorded }, english)).toBe(
    'Consultation completed — SNOMED CT 719410009',
  );
  expect(describeOutcome({ result: 'unsuccessful', technicalProblems: true, ...recorded }, english)).toBe('Consultation unsuccessful');
  expect(describeOutcome(undefined, english)).toMatch(/without an outcome/);
  expect(describeOutcome({ result: 'completed', technicalProblems: false, coding: codingFor('completed'), ...recorded }, swedish)).toBe(
    'Besöket genomfördes — SNOMED CT 719410009',
  );
});

test('both sides answer the technical-problems question', () => {
  const consultation = {
    outcome: { result: 'completed', technicalProblems: false, ...recorded },
    patientFeedback: { technicalProblems: true },
  } as Consultation;
  expect(describeTechnicalProblems(consultation, english)).toBe('Technical problems — clinician: no; patient: yes');
  expect(describeTechnicalProblems({ ...consultation, patientFeedback: undefined }, english)).toBe(
    'Technical problems — clinician: no; patient: not answered',
  );
  expect(describeTechnicalProblems(consultation, swedish)).toBe('Tekniska problem — vårdgivare: nej; patient: ja');
});
