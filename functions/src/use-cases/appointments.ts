import {
  appointmentMinutes,
  type Appointment,
  bookingYearsAhead,
  callTypes,
  DomainError,
  fullName,
  instantOf,
  lastBookableDate,
  type Patient,
  type ProposeAppointmentRequest,
  type Staff,
  wallClock,
} from '@clinicall/shared';
import type { Dependencies, Unversioned } from '#ports';
import { cancelAppointment as cancelled, reschedule as moved } from '../appointment/changes.ts';
import { messagesIn, post } from '../messages/index.ts';
import {
  appointmentMessageContext,
  type AppointmentRecord,
  endOf,
  type ExtraRecord,
  toAppointmentView,
} from '../appointment/record.ts';
import { cancel as cancelConsultation } from '../consultation/changes.ts';
import { announceAppointment, announceConsultation } from './announce.ts';
import { answerOpenRequests } from './appointment-requests.ts';
import { chooseDestination } from './consult-now.ts';
import { patientChannel, patientDestination, sendOrExplain, sendQuietly } from './patient-contact.ts';
import { newPortalUrl } from './portal-session.ts';
import { requireGroup } from './staff-access.ts';
import { roleNames } from '../consultation/guest.ts';

/** The longest appointment: what "still going on" has to look back for. */
const longestMinutes = appointmentMinutes.longest;

const notFound = () => new DomainError('not-found', 'There is no such appointment.');

const patientOnRecord = async ({ store }: Pick<Dependencies, 'store'>, patientId: string): Promise<Patient> => {
  const patient = await store.patients.get(patientId);
  if (!patient) throw new DomainError('not-found', 'There is no patient with that id.');
  return patient;
};

/** A wall-clock time in a zone, as an instant still to come. */
const startOf = (when: { date: string; time: string; timeZone: string }, now: Date): string => {
  const passed = () =>
    new DomainError('invalid-request', 'Choose a date and time still to come.', { fields: [{ field: 'time', message: 'That time has passed.' }] });
  // The calendar days first: a date far outside the window is refused before any time-zone arithmetic.
  const today = wallClock(now, when.timeZone).date;
  if (when.date < today) throw passed();
  if (when.date > lastBookableDate(today)) {
    throw new DomainError('invalid-request', `Choose a date within the next ${bookingYearsAhead} years.`, {
      fields: [{ field: 'date', message: 'That date is too far ahead.' }],
    });
  }
  const instant = instantOf(when.date, when.time, when.timeZone);
  if (instant.getTime() <= now.getTime()) throw passed();
  return instant.toISOString();
};

/** The appointment, if this clinician made it; any other gets the same answer as for none. */
export const ownAppointment = async ({ store }: Pick<Dependencies, 'store'>, staff: Staff, id: string) => {
  requireGroup(staff, 'clinician');
  const record = await store.appointments.get(id);
  if (!record || record.clinicianId !== staff.id) throw notFound();
  return record;
};

type Deps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'notifier' | 'events'>;

/** The proposal (or the new time) to the patient, with a link into their portal to answer it. */
const tellPatientOfProposal = async (deps: Deps, record: AppointmentRecord, patient: Patient, rescheduled: boolean) => {
  const destination = patientDestination(patient, record.channel);
  if (!destination) return;
  const message = post(
    destination.channel,
    destination.address,
    (await messagesIn(patient.language)).proposal({
      ...(await appointmentMessageContext(record, deps.settings.organisationName, patient.language)),
      durationMinutes: record.durationMinutes,
      portalUrl: await newPortalUrl(deps, patient.id, patient.language),
      rescheduled,
    }),
  );
  await sendOrExplain(deps, message, rescheduled ? 'The new time is saved' : 'The appointment is saved');
};

/** Extra people who were sent links for a time that no longer holds. */
export const tellExtrasItIsOff = async (deps: Pick<Dependencies, 'notifier' | 'settings'>, record: AppointmentRecord) => {
  // They have no record of their own: the organisation's language, as their invitation was.
  const language = deps.settings.defaultLanguage;
  for (const extra of record.extras) {
    await sendQuietly(
      deps,
      'appointment-extra-cancelled',
      post(
        extra.channel,
        extra.destination,
        (await messagesIn(language)).extraCancellation(await appointmentMessageContext(record, deps.settings.organisationName, language)),
      ),
    );
  }
};

/** The consultation of a time that no longer holds is called off; its links stop working. */
const releaseConsultation = async (deps: Pick<Dependencies, 'store' | 'clock' | 'events'>, consultationId: string | undefined) => {
  if (!consultationId) return;
  try {
    const record = await deps.store.consultations.update(consultationId, (c) => cancelConsultation(c, deps.clock.now()));
    await announceConsultation(deps, record);
  } catch (error) {
    // Begun in the meantime: the clinician ends it; the appointment's change stands.
    if (!(error instanceof DomainError)) throw error;
  }
};

/** The call, if it has begun, must be ended rather than the appointment called off under it. */
const assertNotUnderway = async ({ store }: Pick<Dependencies, 'store'>, record: AppointmentRecord) => {
  if (record.status !== 'scheduled' || !record.consultationId) return;
  const consultation = await store.consultations.get(record.consultationId);
  if (consultation?.status === 'in-progress') {
    throw new DomainError('illegal-transition', 'The consultation of this appointment has begun: end it instead.');
  }
};

/** POST /api/appointments: the clinician proposes; the patient is told and answers in the portal. */
export const proposeAppointment = async (deps: Deps, staff: Staff, request: ProposeAppointmentRequest): Promise<Appointment> => {
  requireGroup(staff, 'clinician');
  const patient = await patientOnRecord(deps, request.patientId);
  const now = deps.clock.now();
  const timeZone = request.timeZone ?? deps.settings.timeZone;
  const startsAt = startOf({ date: request.date, time: request.time, timeZone }, now);
  const policy = callTypes['individual-appointment'];
  if (request.extras.length > policy.maxExtras) {
    throw new DomainError('participant-limit', `${policy.label} holds at most ${policy.maxExtras} extra people.`, { limit: policy.maxExtras });
  }
  const channel = patientChannel(patient, request.channel);
  const extras: ExtraRecord[] = request.extras.map((extra) => {
    // Invitations go by email when there is an address (cheaper), by SMS otherwise.
    const destination = chooseDestination({ ...extra, channel: extra.email ? 'email' : 'sms' }, {}, 'email');
    return {
      role: extra.role,
      displayName: extra.displayName ?? roleNames[extra.role],
      channel: destination.channel,
      destination: destination.address,
      sentTo: destination.sentTo,
    };
  });
  const at = now.toISOString();
  const proposal: Unversioned<AppointmentRecord> = {
    id: deps.ids.id(),
    patientId: patient.id,
    patientName: fullName(patient),
    clinicianId: staff.id,
    clinicianName: staff.name,
    status: 'proposed',
    startsAt,
    timeZone,
    durationMinutes: request.durationMinutes,
    extras,
    ...(request.note && { note: request.note }),
    channel,
    createdAt: at,
    updatedAt: at,
  };
  const record = await deps.store.appointments.add(proposal);
  await answerOpenRequests(deps, patient.id, record.id);
  await announceAppointment(deps, record);
  await tellPatientOfProposal(deps, record, patient, false);
  return toAppointmentView(record);
};

const isOver = (a: AppointmentRecord, now: Date) =>
  a.status === 'completed' || a.status === 'missed' || a.status === 'cancelled' ||
  ((a.status === 'scheduled' || a.status === 'proposed') && endOf(a).getTime() <= now.getTime());

/**
 * GET /api/appointments?view=: upcoming (proposed and scheduled, not yet over), past (over,
 * newest first) or needs-action (rejected, or proposals whose time came unanswered).
 */
export const listAppointments = async (
  deps: Pick<Dependencies, 'store' | 'clock'>,
  staff: Staff,
  view: 'upcoming' | 'past' | 'needs-action',
): Promise<{ appointments: Appointment[] }> => {
  requireGroup(staff, 'clinician');
  const now = deps.clock.now();
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  let records: AppointmentRecord[];
  if (view === 'upcoming') {
    records = (await deps.store.appointments.listByClinician(staff.id, { since: ago(longestMinutes), limit: 200 })).filter(
      (a) => (a.status === 'proposed' || a.status === 'scheduled') && !isOver(a, now),
    );
  } else if (view === 'past') {
    records = (await deps.store.appointments.listByClinician(staff.id, { newestFirst: true, limit: 200 })).filter((a) => isOver(a, now));
  } else {
    records = (await deps.store.appointments.listByClinician(staff.id, { since: ago(30 * 24 * 60), limit: 200 })).filter(
      (a) => a.status === 'rejected' || (a.status === 'proposed' && Date.parse(a.startsAt) <= now.getTime()),
    );
  }
  return { appointments: records.slice(0, 100).map(toAppointmentView) };
};

export const getAppointment = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string) =>
  toAppointmentView(await ownAppointment(deps, staff, id));

/**
 * POST /api/appointments/{id}/reschedule: a new time, proposed again (also after a rejection).
 * A scheduled appointment lets its consultation go; the patient answers the new time.
 */
export const rescheduleAppointment = async (
  deps: Deps,
  staff: Staff,
  id: string,
  request: { date: string; time: string; timeZone?: string | undefined; durationMinutes?: number | undefined },
): Promise<Appointment> => {
  const current = await ownAppointment(deps, staff, id);
  const now = deps.clock.now();
  const timeZone = request.timeZone ?? current.timeZone;
  const startsAt = startOf({ date: request.date, time: request.time, timeZone }, now);
  await assertNotUnderway(deps, current);
  const patient = await patientOnRecord(deps, current.patientId);
  let before = current;
  const record = await deps.store.appointments.update(id, (c) => {
    before = c;
    return moved(c, { startsAt, timeZone, durationMinutes: request.durationMinutes ?? c.durationMinutes }, now);
  });
  if (before.status === 'scheduled') {
    await releaseConsultation(deps, before.consultationId);
    await tellExtrasItIsOff(deps, before);
  }
  await announceAppointment(deps, record);
  await tellPatientOfProposal(deps, record, patient, true);
  return toAppointmentView(record);
};

/** POST /api/appointments/{id}/cancel: the patient (and anyone sent a link) is told. */
export const cancelAppointment = async (deps: Deps, staff: Staff, id: string, reason: string | undefined): Promise<Appointment> => {
  const current = await ownAppointment(deps, staff, id);
  await assertNotUnderway(deps, current);
  let before = current;
  const record = await deps.store.appointments.update(id, (c) => {
    before = c;
    return cancelled(c, reason, deps.clock.now());
  });
  if (before.status === 'scheduled') {
    await releaseConsultation(deps, before.consultationId);
    await tellExtrasItIsOff(deps, before);
  }
  await announceAppointment(deps, record);
  const patient = await deps.store.patients.get(record.patientId);
  const destination = patient && patientDestination(patient, record.channel);
  if (patient && destination) {
    await sendQuietly(
      deps,
      'appointment-cancelled',
      post(
        destination.channel,
        destination.address,
        (await messagesIn(patient.language)).cancellation({
          ...(await appointmentMessageContext(record, deps.settings.organisationName, patient.language)),
          portalUrl: await newPortalUrl(deps, patient.id, patient.language),
          reason,
        }),
      ),
    );
  }
  return toAppointmentView(record);
};
