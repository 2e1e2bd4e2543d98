import { type AppointmentRequest, bookingYearsAhead, DomainError, fullName, lastBookableDate, type Staff, wallClock } from '@clinicall/shared';
import type { Dependencies, Unversioned } from '#ports';
import { answerRequest } from '../appointment/changes.ts';
import { type AppointmentRequestRecord, type PartOfDay, toRequestView } from '../appointment/record.ts';
import type { PortalSession } from '../http/route.ts';
import { announceRequest } from './announce.ts';
import { requireGroup } from './staff-access.ts';

/**
 * POST /api/portal/appointment-requests (Book Appointment): the patient asks for a time window.
 * After a missed call it goes to the clinician who called; otherwise to the whole care team.
 */
export const requestAppointment = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'events'>,
  portal: PortalSession,
  body: { from: string; to: string; partOfDay: PartOfDay; note?: string | undefined; missedCallId?: string | undefined },
): Promise<AppointmentRequest> => {
  const now = deps.clock.now();
  const today = wallClock(now, deps.settings.timeZone).date;
  if (body.from < today) {
    throw new DomainError('invalid-request', 'Choose days from today on.', { fields: [{ field: 'from', message: 'That day has passed.' }] });
  }
  if (body.to > lastBookableDate(today)) {
    throw new DomainError('invalid-request', `Choose days within the next ${bookingYearsAhead} years.`, {
      fields: [{ field: 'to', message: 'That day is too far ahead.' }],
    });
  }
  const patient = await deps.store.patients.get(portal.patientId);
  if (!patient) throw new DomainError('not-found', 'There is no such patient.');
  let clinicianId: string | undefined;
  if (body.missedCallId) {
    const call = await deps.store.directCalls.get(body.missedCallId);
    if (!call || call.patientId !== portal.patientId) throw new DomainError('not-found', 'There is no such missed call.');
    clinicianId = call.clinicianId;
  }
  const request: Unversioned<AppointmentRequestRecord> = {
    id: deps.ids.id(),
    patientId: patient.id,
    patientName: fullName(patient),
    ...(clinicianId && { clinicianId }),
    from: body.from,
    to: body.to,
    partOfDay: body.partOfDay,
    ...(body.note && { note: body.note }),
    ...(body.missedCallId && { missedCallId: body.missedCallId }),
    status: 'open',
    createdAt: now.toISOString(),
  };
  const record = await deps.store.appointmentRequests.add(request);
  await announceRequest(deps, record);
  return toRequestView(record);
};

/** GET /api/appointment-requests: open requests after this clinician's missed calls, and those for anyone. */
export const listAppointmentRequests = async (
  deps: Pick<Dependencies, 'store'>,
  staff: Staff,
): Promise<{ requests: AppointmentRequest[] }> => {
  requireGroup(staff, 'clinician');
  const [mine, anyone] = await Promise.all([
    deps.store.appointmentRequests.listOpen(staff.id, 100),
    deps.store.appointmentRequests.listOpen(undefined, 100),
  ]);
  return {
    requests: [...mine, ...anyone].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toRequestView),
  };
};

/** A proposal to the patient answers every request of theirs still open. */
export const answerOpenRequests = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events'>,
  patientId: string,
  appointmentId: string,
) => {
  const { requests } = await deps.store.appointments.ofPatient(patientId, 200);
  for (const open of requests.filter((r) => r.status === 'open')) {
    const record = await deps.store.appointmentRequests.update(open.id, (r) => answerRequest(r, appointmentId, deps.clock.now()));
    await announceRequest(deps, record);
  }
};
