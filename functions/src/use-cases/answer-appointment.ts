import { type Appointment, DomainError } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { accept, reject, remindersAt } from '../appointment/changes.ts';
import { type AppointmentRecord, endOf, opensAt, toAppointmentView } from '../appointment/record.ts';
import { cancel, enterWithSession, participantOf } from '../consultation/changes.ts';
import { inTheCall } from '../consultation/record.ts';
import type { PortalSession } from '../http/route.ts';
import { messagesIn, post, siteLink } from '../messages/index.ts';
import { newSessionGrant, sessionToken } from '../secrets.ts';
import { announceAppointment, announceConsultation, announceParticipant, concernsTheCall } from './announce.ts';
import { openConsultation } from './open-consultation.ts';
import { sendQuietly } from './patient-contact.ts';


/** The patient's own appointment; another patient's gets the same answer as none. */
export const appointmentOfPatient = async ({ store }: Pick<Dependencies, 'store'>, portal: PortalSession, id: string) => {
  const record = await store.appointments.get(id);
  if (!record || record.patientId !== portal.patientId) throw new DomainError('not-found', 'There is no such appointment.');
  return record;
};

/** The reminder and end timers of one scheduled time: named by appointment and consultation, so a new time gets new ones. */
export const appointmentTimerId = (appointmentId: string, consultationId: string) => `${appointmentId}.${consultationId}`;

type Deps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'notifier' | 'events' | 'timers'>;

/**
 * POST /api/portal/appointments/{id}/accept: scheduled. A consultation is made for it (the
 * clinician hosts; the patient and each extra person are on the list), the extra people get
 * their single-use links (open from 30 minutes before to the end), and the reminders and the
 * end are armed.
 */
export const acceptAppointment = async (deps: Deps, portal: PortalSession, id: string): Promise<Appointment> => {
  const current = await appointmentOfPatient(deps, portal, id);
  const now = deps.clock.now();
  // Refused before anything is made (not proposed, or its time has passed); the write checks again.
  accept(current, 'not-yet-made', [], now);

  // The patient comes in from their portal; the people they bring have no record of their
  // own, so their links are written in the organisation's language.
  const { record: consultation, invitations } = await openConsultation(deps, 'individual-appointment', {
    host: { staffId: current.clinicianId, name: current.clinicianName },
    guests: [
      { role: 'patient', displayName: current.patientName, patientId: current.patientId },
      ...current.extras.map((extra) => ({
        role: extra.role,
        displayName: extra.displayName,
        link: { channel: extra.channel, destination: extra.destination, sentTo: extra.sentTo, language: deps.settings.defaultLanguage },
      })),
    ],
    patientId: current.patientId,
    now,
    window: { validFrom: opensAt(current), expiresAt: endOf(current) },
    appointmentId: current.id,
    scheduledFor: current.startsAt,
  });
  const consultationId = consultation.id;

  // Reminders whose time has already come are not sent late: the patient has just said yes.
  const skipped = remindersAt(current, deps.settings.reminderMinutes, now).due;
  let record: AppointmentRecord;
  try {
    record = await deps.store.appointments.update(id, (c) => accept(c, consultationId, skipped, now));
  } catch (error) {
    // Cancelled or answered in the meantime: the consultation made for it is let go.
    await deps.store.consultations.update(consultationId, (c) => cancel(c, now));
    throw error;
  }

  const timerId = appointmentTimerId(record.id, consultationId);
  const { next } = remindersAt(record, deps.settings.reminderMinutes, now);
  if (next) await deps.timers.start({ kind: 'appointment-reminder', id: timerId, dueAt: next.toISOString() });
  await deps.timers.start({ kind: 'appointment-end', id: timerId, dueAt: endOf(record).toISOString() });

  const language = deps.settings.defaultLanguage;
  const letters = await messagesIn(language);
  const when = letters.when(new Date(record.startsAt), record.timeZone);
  for (const { request, token } of invitations) {
    await sendQuietly(
      deps,
      'appointment-extra-invitation',
      post(
        request.channel,
        request.destination,
        letters.extraInvitation({
          organisationName: deps.settings.organisationName,
          clinicianName: record.clinicianName,
          when,
          joinUrl: siteLink(deps.settings, 'join', token, language),
        }),
      ),
    );
  }
  await announceAppointment(deps, record);
  await announceConsultation(deps, consultation);
  return toAppointmentView(record);
};

/** POST /api/portal/appointments/{id}/reject: the care team is told at once and sees it on its list. */
export const rejectAppointment = async (
  deps: Pick<Dependencies, 'store' | 'clock' | 'events'>,
  portal: PortalSession,
  id: string,
  answer: { reason?: string | undefined; preferredTimes?: string | undefined },
): Promise<Appointment> => {
  await appointmentOfPatient(deps, portal, id);
  const record = await deps.store.appointments.update(id, (c) => reject(c, answer, deps.clock.now()));
  await announceAppointment(deps, record);
  return toAppointmentView(record);
};

/**
 * POST /api/portal/appointments/{id}/join: from 30 minutes before the start to the end, the
 * signed-in patient enters the waiting room without a link (the portal session proved who they are).
 */
export const joinAppointment = async (
  deps: Pick<Dependencies, 'store' | 'ids' | 'clock' | 'events'>,
  portal: PortalSession,
  id: string,
): Promise<{ session: string; participantId: string; consultationId: string }> => {
  const appointment = await appointmentOfPatient(deps, portal, id);
  const now = deps.clock.now();
  if (appointment.status !== 'scheduled' || !appointment.consultationId) {
    throw new DomainError('illegal-transition', `This appointment is ${appointment.status}, not scheduled.`, { state: appointment.status });
  }
  if (now.getTime() < opensAt(appointment).getTime()) {
    throw new DomainError('not-open-yet', 'The waiting room opens 30 minutes before the appointment starts. Please come back then.', {
      opensAt: opensAt(appointment).toISOString(),
    });
  }
  if (now.getTime() >= endOf(appointment).getTime()) {
    throw new DomainError('illegal-transition', 'The time of this appointment is over. Ask your clinic for another.');
  }
  const consultation = await deps.store.consultations.get(appointment.consultationId);
  const patient = consultation && Object.values(consultation.participants).find((p) => p.role === 'patient' && p.patientId === portal.patientId);
  if (!consultation || !patient) throw new DomainError('not-found', 'There is no such appointment.');
  const secret = deps.ids.token();
  const grant = newSessionGrant(secret, now);
  const record = await deps.store.consultations.update(consultation.id, (c) => enterWithSession(c, patient.id, grant, deps.clock.now()));
  const entered = participantOf(record, patient.id);
  await announceParticipant(deps, record, entered, concernsTheCall(entered) ? inTheCall(record) : undefined);
  return { session: sessionToken(record.id, patient.id, secret), participantId: patient.id, consultationId: record.id };
};
