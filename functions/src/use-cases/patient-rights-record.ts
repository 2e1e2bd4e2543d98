import type { Staff } from '@clinicall/shared';

/** A patient's rights exercised: what the audit trail keeps of it, with pseudonymous ids only. */
export interface PatientRightsFact {
  readonly action: 'patient-export' | 'patient-erasure';
  readonly patientId: string;
  readonly staff: Pick<Staff, 'id' | 'groups'>;
  readonly at: string;
  readonly outcome: 'done' | 'refused';
}

/**
 * Where exports and erasures are recorded: the one place the audit trail takes them from. Does
 * nothing until the audit trail is wired in; then it writes one append-only entry per fact.
 */
export type RecordPatientRights = (fact: PatientRightsFact) => Promise<void>;

export const recordNothing: RecordPatientRights = () => Promise.resolve();
