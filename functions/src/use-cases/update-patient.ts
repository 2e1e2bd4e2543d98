import { DomainError, type Patient, type PatientChanges, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { requireGroup } from './staff-access.ts';

/**
 * PATCH /api/patients/{id}: the patient's language (what every message to them is written in)
 * and where they are reached. Links already sent keep the language they were sent in.
 */
export const updatePatient = async (
  { store }: Pick<Dependencies, 'store'>,
  staff: Staff,
  id: string,
  changes: PatientChanges,
): Promise<Patient> => {
  requireGroup(staff, 'clinician', 'admin');
  const patient = await store.patients.update(id, changes);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  return patient;
};
