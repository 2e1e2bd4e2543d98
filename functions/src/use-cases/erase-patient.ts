import { DomainError, isConsultationOver, type PatientErasure, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { allRecords, theirPart } from './export-patient.ts';
import { requireGroup } from './staff-access.ts';

/**
 * POST /api/patients/{id}/erase: the patient's call history (and their place in group sessions), appointments, direct calls,
 * requests and portal access go, and last their directory entry. Refused while a consultation of
 * theirs is open. Each step deletes what is left, so an erasure cut short (a failure, a crash) is
 * finished by asking again: the directory entry, which a retry needs to find, goes last.
 * Administrators only: erasing is the organisation's decision, not part of a consultation.
 */
export const erasePatient = async (
  deps: Pick<Dependencies, 'store' | 'clock'>,
  staff: Staff,
  patientId: string,
): Promise<PatientErasure> => {
  requireGroup(staff, 'admin');
  const patient = await deps.store.patients.get(patientId);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  const consultations = await deps.store.consultations.listByPatient(patientId);
  if (consultations.some((c) => !isConsultationOver(c.status))) {
    throw new DomainError(
      'consultation-open',
      'This patient has a consultation that is still open. End it (or wait until it is over) before erasing the patient.',
    );
  }
  for (const consultation of consultations) {
    if (consultation.patientId === patientId) {
      for (const linkId of Object.keys(consultation.links)) await deps.store.access.forgetLink(linkId);
      await deps.store.consultations.remove(consultation.id);
      continue;
    }
    // A group session they were registered for stays, for the others who came: only they go from it.
    const { participants, links } = theirPart(consultation, patientId);
    for (const link of Object.values(links)) if (!participants[link.participantId]?.staffId) await deps.store.access.forgetLink(link.id);
    for (const person of Object.values(participants)) if (!person.staffId) await deps.store.consultations.removePerson(consultation.id, person.id);
  }
  const { appointments, directCalls, requests } = await deps.store.appointments.ofPatient(patientId, allRecords);
  for (const appointment of appointments) await deps.store.appointments.remove(appointment.id);
  for (const call of directCalls) await deps.store.directCalls.remove(call.id);
  for (const request of requests) await deps.store.appointmentRequests.remove(request.id);
  await deps.store.portal.removeDevices(patientId);
  await deps.store.portal.removeLinks(patientId);
  await deps.store.patients.remove(patientId);
  const at = deps.clock.now().toISOString();
  return {
    patientId,
    erasedAt: at,
    consultations: consultations.length,
    appointments: appointments.length,
    directCalls: directCalls.length,
    appointmentRequests: requests.length,
  };
};
