import { DomainError, type PatientExport, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { toAppointmentView, toRequestView } from '../appointment/record.ts';
import { toConsultationView } from '../consultation/record.ts';
import { toDirectCallView } from '../direct-call/record.ts';
import { requireGroup } from './staff-access.ts';

/** More than any one patient's records, read in one go. */
export const allRecords = 10_000;

/**
 * GET /api/patients/{id}/export: everything held about one patient, for a subject access
 * request. Clinicians and administrators, who may already read each part of it.
 */
export const exportPatient = async (
  deps: Pick<Dependencies, 'store' | 'clock'>,
  staff: Staff,
  patientId: string,
): Promise<PatientExport> => {
  requireGroup(staff, 'clinician', 'admin');
  const patient = await deps.store.patients.get(patientId);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  const [consultations, records] = await Promise.all([
    deps.store.consultations.listByPatient(patientId),
    deps.store.appointments.ofPatient(patientId, allRecords),
  ]);
  const at = deps.clock.now().toISOString();
  return {
    exportedAt: at,
    patient,
    consultations: consultations.map(toConsultationView),
    appointments: records.appointments.map(toAppointmentView),
    directCalls: records.directCalls.map(toDirectCallView),
    appointmentRequests: records.requests.map(toRequestView),
  };
};
