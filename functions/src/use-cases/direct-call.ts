import { type DirectCall, DomainError, fullName, missedReasonOf, type Staff } from '@clinicall/shared';
import type { Dependencies, PendingTimer, Unversioned } from '#ports';
import { messagesIn, post } from '../messages/index.ts';
import { cancel, enterWithSession, participantOf } from '../consultation/changes.ts';
import { inTheCall } from '../consultation/record.ts';
import { acknowledge, moveCall, stopRinging } from '../direct-call/changes.ts';
import { type DirectCallRecord, toDirectCallView } from '../direct-call/record.ts';
import type { PortalSession } from '../http/route.ts';
import { newSessionGrant, sessionToken } from '../secrets.ts';
import { announceConsultation, announceDirectCall, announceParticipant, concernsTheCall } from './announce.ts';
import { endMeetingsIfCalledOff } from './called-off.ts';
import { patientDestination, sendQuietly } from './patient-contact.ts';
import { openConsultation } from './open-consultation.ts';
import { newPortalUrl } from './portal-session.ts';
import { requireGroup } from './staff-access.ts';

const noSuchCall = () => new DomainError('not-found', 'There is no such call.');

/** The call, if this clinician made it; any other gets the same answer as for none. */
const callOfClinician = async ({ store }: Pick<Dependencies, 'store'>, staff: Staff, id: string) => {
  requireGroup(staff, 'clinician');
  const call = await store.directCalls.get(id);
  if (!call || call.clinicianId !== staff.id) throw noSuchCall();
  return call;
};

/** The call, if it rings for this patient; another patient's gets the same answer as none. */
const callOfPatient = async ({ store }: Pick<Dependencies, 'store'>, portal: PortalSession, id: string) => {
  const call = await store.directCalls.get(id);
  if (!call || call.patientId !== portal.patientId) throw noSuchCall();
  return call;
};

/**
 * POST /api/patients/{id}/call (Call Patient): a direct-call consultation with the clinician in
 * it and the patient on the list, let in the moment they answer; the patient's open portals ring.
 * Without a device saying it rings within seconds the call is "no network"; unanswered, "no answer".
 */
export const callPatient = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'events' | 'timers'>,
  staff: Staff,
  patientId: string,
): Promise<DirectCall> => {
  requireGroup(staff, 'clinician');
  const patient = await deps.store.patients.get(patientId);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  const now = deps.clock.now();
  const callId = deps.ids.id();
  // The patient answers from their portal, which proved who they are: no link.
  const { record: stored } = await openConsultation(deps, 'direct-call', {
    host: { staffId: staff.id, name: staff.name },
    guests: [{ role: 'patient', displayName: fullName(patient), patientId: patient.id }],
    patientId: patient.id,
    now,
    directCallId: callId,
  });
  const ringing: Unversioned<DirectCallRecord> = {
    id: callId,
    patientId: patient.id,
    patientName: fullName(patient),
    clinicianId: staff.id,
    clinicianName: staff.name,
    status: 'ringing',
    consultationId: stored.id,
    startedAt: now.toISOString(),
  };
  const call = await deps.store.directCalls.add(ringing);
  const after = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
  await deps.timers.start({ kind: 'ring-check', id: callId, dueAt: after(deps.settings.ringCheckSeconds) });
  await deps.timers.start({ kind: 'ring-timeout', id: callId, dueAt: after(deps.settings.ringTimeoutSeconds) });
  await announceDirectCall(deps, call);
  await announceConsultation(deps, stored);
  return toDirectCallView(call);
};

export const getDirectCall = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string) =>
  toDirectCallView(await callOfClinician(deps, staff, id));

type StopDeps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'notifier' | 'events' | 'meetings'>;

/**
 * The call stopped ringing without being answered: the consultation is called off, the
 * clinician and every portal hear of it, and a missed call (declined, no answer, no network)
 * sends the patient a notice that leads to Book Appointment.
 */
const afterRinging = async (deps: StopDeps, call: DirectCallRecord) => {
  try {
    const consultation = await deps.store.consultations.update(call.consultationId, (c) => cancel(c, deps.clock.now()));
    await endMeetingsIfCalledOff(deps, consultation);
    await announceConsultation(deps, consultation);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
  await announceDirectCall(deps, call);
  if (!missedReasonOf(call.status)) return;
  const patient = await deps.store.patients.get(call.patientId);
  const destination = patient && patientDestination(patient, 'email');
  if (!patient || !destination) return;
  await sendQuietly(
    deps,
    'missed-call',
    post(
      destination.channel,
      destination.address,
      (await messagesIn(patient.language)).missedCall({
        organisationName: deps.settings.organisationName,
        clinicianName: call.clinicianName,
        portalUrl: await newPortalUrl(deps, patient.id, patient.language),
      }),
    ),
  );
};

/** POST /api/direct-calls/{id}/cancel: the clinician hangs up before the patient answers. */
export const cancelDirectCall = async (deps: StopDeps, staff: Staff, id: string): Promise<DirectCall> => {
  await callOfClinician(deps, staff, id);
  const call = await deps.store.directCalls.update(id, (c) => moveCall(c, 'cancel', deps.clock.now()));
  await afterRinging(deps, call);
  return toDirectCallView(call);
};

/** POST /api/portal/calls/{id}/ringing: a device of the patient's rings; without this in seconds, "no network". */
export const acknowledgeCall = async (deps: Pick<Dependencies, 'store' | 'clock'>, portal: PortalSession, id: string) => {
  await callOfPatient(deps, portal, id);
  await deps.store.directCalls.update(id, (c) => acknowledge(c, deps.clock.now()));
  return { ok: true as const };
};

/** POST /api/portal/calls/{id}/accept: answered; straight into the call, no waiting room. */
export const acceptCall = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'events'>,
  portal: PortalSession,
  id: string,
): Promise<{ session: string; participantId: string; consultationId: string }> => {
  await callOfPatient(deps, portal, id);
  const call = await deps.store.directCalls.update(id, (c) => moveCall(c, 'accept', deps.clock.now()));
  const consultation = await deps.store.consultations.get(call.consultationId);
  const guest = consultation && Object.values(consultation.participants).find((p) => p.role === 'patient' && p.patientId === portal.patientId);
  if (!consultation || !guest) throw noSuchCall();
  const secret = deps.ids.token();
  const now = deps.clock.now();
  const grant = newSessionGrant(secret, now);
  const record = await deps.store.consultations.update(consultation.id, (c) => enterWithSession(c, guest.id, grant, deps.clock.now()));
  await announceDirectCall(deps, call);
  const entered = participantOf(record, guest.id);
  await announceParticipant(deps, record, entered, concernsTheCall(entered) ? inTheCall(record) : undefined);
  await announceConsultation(deps, record);
  return { session: sessionToken(record.id, guest.id, secret), participantId: guest.id, consultationId: record.id };
};

/** POST /api/portal/calls/{id}/reject: "Call declined" for the clinician; a missed call for the patient. */
export const rejectCall = async (deps: StopDeps, portal: PortalSession, id: string): Promise<DirectCall> => {
  await callOfPatient(deps, portal, id);
  const call = await deps.store.directCalls.update(id, (c) => moveCall(c, 'decline', deps.clock.now()));
  await afterRinging(deps, call);
  return toDirectCallView(call);
};

/**
 * The ring-check and ring-timeout timers: a call still ringing (and, for the check, heard
 * ringing nowhere) becomes "no network" or "no answer". Idempotent: anything else is left alone.
 */
export const onRingDue = async (deps: StopDeps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const current = await deps.store.directCalls.get(timer.id);
  if (current?.status !== 'ringing') return {};
  const now = deps.clock.now();
  if (Date.parse(timer.dueAt) > now.getTime()) return { dueAt: timer.dueAt };
  const event = timer.kind === 'ring-check' ? 'find-no-device' : 'time-out';
  let stopped = false;
  const call = await deps.store.directCalls.update(timer.id, (c) => {
    const next = stopRinging(c, event, now);
    stopped = next !== c;
    return next;
  });
  if (stopped) await afterRinging(deps, call);
  return {};
};
