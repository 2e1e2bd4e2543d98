import { DomainError } from '@clinicall/shared';
import type { Dependencies, PendingTimer } from '#ports';
import { markReminders, miss, remindersAt } from '../appointment/changes.ts';
import { appointmentMessageContext, endOf, opensAt } from '../appointment/record.ts';
import { addLink, cancel, expireDueLinks, someoneCame } from '../consultation/changes.ts';
import { messagesIn, post, siteLink } from '../messages/index.ts';
import { announceAppointment, announceConsultation, announceLink } from './announce.ts';
import { endMeetingsIfCalledOff } from './called-off.ts';
import { patientDestination, sendQuietly } from './patient-contact.ts';
import { newPortalUrl } from './portal-session.ts';
import { issueLink } from './send-link.ts';

type Deps = Pick<Dependencies, 'store' | 'ids' | 'clock' | 'settings' | 'notifier' | 'events' | 'meetings'>;

/** The appointment a timer is about, if it is still the scheduled one of that consultation. */
const scheduledOf = async ({ store }: Pick<Dependencies, 'store'>, timer: PendingTimer) => {
  const [appointmentId, consultationId] = timer.id.split('.');
  if (!appointmentId || !consultationId) return undefined;
  const appointment = await store.appointments.get(appointmentId);
  if (appointment?.status !== 'scheduled' || appointment.consultationId !== consultationId) return undefined;
  return { appointment, consultationId };
};

/**
 * The reminder timer: sends the reminder now due (one, however many are late), each with a new
 * single-use link to the waiting room and a link to the portal, and answers when the next is due.
 * Idempotent: the reminder is marked sent in the write that decides to send it.
 */
export const onReminderDue = async (deps: Deps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const found = await scheduledOf(deps, timer);
  if (!found) return {};
  const { appointment, consultationId } = found;
  const now = deps.clock.now();
  if (now.getTime() >= endOf(appointment).getTime()) return {};
  const { due, next } = remindersAt(appointment, deps.settings.reminderMinutes, now);
  const later = next ? { dueAt: next.toISOString() } : {};
  if (due.length === 0) return later;

  let decided = false;
  const record = await deps.store.appointments.update(appointment.id, (current) => {
    const marked = markReminders(current, consultationId, due, now);
    decided = marked !== current;
    return marked;
  });
  if (!decided) return later;

  const patient = await deps.store.patients.get(record.patientId);
  const destination = patient && patientDestination(patient, record.channel);
  if (!patient || !destination) return later;
  let joinUrl: string | undefined;
  const consultation = await deps.store.consultations.get(consultationId);
  const participant = consultation && Object.values(consultation.participants).find((p) => p.role === 'patient');
  if (consultation && participant) {
    try {
      const issued = await issueLink(deps, {
        consultationId,
        participantId: participant.id,
        channel: destination.channel,
        destination: destination.address,
        sentTo: destination.sentTo,
        hostName: record.clinicianName,
        language: patient.language,
        now,
        window: { validFrom: opensAt(record), expiresAt: endOf(record) },
      });
      const withLink = await deps.store.consultations.updatePerson(consultationId, participant.id, (c) => addLink(c, issued.link));
      await announceLink(deps, withLink, issued.link.id);
      joinUrl = siteLink(deps.settings, 'join', issued.token, patient.language);
    } catch (error) {
      // The consultation is over: the reminder still goes, pointing at the portal.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  await sendQuietly(
    deps,
    'appointment-reminder',
    post(
      destination.channel,
      destination.address,
      (await messagesIn(patient.language)).reminder({
        ...(await appointmentMessageContext(record, deps.settings.organisationName, patient.language)),
        joinUrl,
        portalUrl: await newPortalUrl(deps, patient.id, patient.language),
      }),
    ),
  );
  return later;
};

/**
 * The end timer: an appointment nobody came to is missed and its consultation called off. If
 * someone came, the appointment waits for the clinician to end the consultation (its outcome);
 * links not used by now are marked expired. Idempotent; early, it waits again.
 */
export const onAppointmentEnd = async (deps: Deps, timer: PendingTimer): Promise<{ dueAt?: string }> => {
  const found = await scheduledOf(deps, timer);
  if (!found) return {};
  const { appointment, consultationId } = found;
  const now = deps.clock.now();
  const end = endOf(appointment);
  if (now.getTime() < end.getTime()) return { dueAt: end.toISOString() };
  const consultation = await deps.store.consultations.get(consultationId);
  if (consultation && someoneCame(consultation)) {
    await deps.store.consultations.update(consultationId, (c) => expireDueLinks(c, now));
    return {};
  }
  const record = await deps.store.appointments.update(appointment.id, (c) => miss(c, consultationId, now));
  if (consultation) {
    const calledOff = await deps.store.consultations.update(consultationId, (c) =>
      someoneCame(c) ? expireDueLinks(c, now) : cancel(expireDueLinks(c, now), now),
    );
    if (calledOff.status !== consultation.status) {
      await endMeetingsIfCalledOff(deps, calledOff);
      await announceConsultation(deps, calledOff);
    }
  }
  if (record.status === 'missed') await announceAppointment(deps, record);
  return {};
};
