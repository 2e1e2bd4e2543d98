import { DomainError, type Patient, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { requireGroup } from './staff-access.ts';

export const getPatient = async (
  { store }: Pick<Dependencies, 'store'>,
  staff: Staff,
  id: string,
): Promise<Patient> => {
  requireGroup(staff, 'clinician', 'admin');
  const patient = await store.patients.get(id);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  return patient;
};
