import type { NewPatient, Patient, Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { requireGroup } from './staff-access.ts';

export const addPatient = async (
  { store, ids, clock, settings }: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings'>,
  staff: Staff,
  details: NewPatient,
): Promise<Patient> => {
  requireGroup(staff, 'clinician', 'admin');
  const patient: Patient = {
    id: ids.id(),
    ...details,
    language: details.language ?? settings.defaultLanguage,
    createdAt: clock.now().toISOString(),
  };
  await store.patients.add(patient);
  return patient;
};
