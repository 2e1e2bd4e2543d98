import type { Patient } from './schemas/patients.ts';

/** How a patient is named on screens and in messages. */
export const fullName = (patient: Pick<Patient, 'givenName' | 'familyName'>): string =>
  `${patient.givenName} ${patient.familyName}`;
