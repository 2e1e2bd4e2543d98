import { DomainError, type PatientExport, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { toAppointmentView, toRequestView } from '../appointment/record.ts';
import { type ConsultationRecord, toConsultationView } from '../consultation/record.ts';
import { toDirectCallView } from '../direct-call/record.ts';
import { requireGroup } from './staff-access.ts';

/**
 * What of a consultation is the patient's: all of one that is theirs; of a group session they were
 * registered for, only themselves, their links and the staff who ran it, never the others who came.
 */
export const theirPart = (consultation: ConsultationRecord, patientId: string): ConsultationRecord => {
  if (consultation.patientId === patientId) return consultation;
  const kept = Object.values(consultation.participants).filter((p) => p.patientId === patientId || p.staffId);
  const ids = new Set(kept.map((p) => p.id));
  return {
    ...consultation,
    participants: Object.fromEntries(kept.map((p) => [p.id, p])),
    links: Object.fromEntries(Object.values(consultation.links).filter((l) => ids.has(l.participantId)).map((l) => [l.id, l])),
  };
};

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
    consultations: consultations.map((consultation) => toConsultationView(theirPart(consultation, patientId))),
    appointments: records.appointments.map(toAppointmentView),
    directCalls: records.directCalls.map(toDirectCallView),
    appointmentRequests: records.requests.map(toRequestView),
  };
};
