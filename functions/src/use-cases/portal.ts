import { DomainError, type MissedCall, type Portal } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { endOf, toAppointmentView, toRequestView } from '../appointment/record.ts';
import { toMissedCall } from '../direct-call/record.ts';
import type { PortalSession } from '../http/route.ts';

/**
 * GET /api/portal: the patient's "Appointments section of the profile" — proposals to answer,
 * appointments to come and past ones with their outcome, missed calls and their requests.
 * Only the signed-in patient's own records: one Query by patient.
 */
export const portalOf = async (deps: Pick<Dependencies, 'store' | 'clock'>, portal: PortalSession): Promise<Portal> => {
  const patient = await deps.store.patients.get(portal.patientId);
  if (!patient) throw new DomainError('not-found', 'There is no such patient.');
  const { appointments, directCalls, requests } = await deps.store.appointments.ofPatient(patient.id, 300);
  const now = deps.clock.now().getTime();
  const byStart = (a: { startsAt: string }, b: { startsAt: string }) => a.startsAt.localeCompare(b.startsAt);
  const todo = appointments.filter((a) => a.status === 'proposed' && Date.parse(a.startsAt) > now).sort(byStart);
  const upcoming = appointments.filter((a) => a.status === 'scheduled' && endOf(a).getTime() > now).sort(byStart);
  const shown = new Set([...todo, ...upcoming].map((a) => a.id));
  const past = appointments.filter((a) => !shown.has(a.id)).sort((a, b) => byStart(b, a));
  return {
    patient: { givenName: patient.givenName },
    todo: todo.map(toAppointmentView),
    upcoming: upcoming.map(toAppointmentView),
    past: past.map(toAppointmentView),
    missedCalls: directCalls.map(toMissedCall).filter((m): m is MissedCall => m !== undefined),
    requests: requests.map(toRequestView),
  };
};
