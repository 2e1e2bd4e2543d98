import { type Consultation, DomainError, fullName, type LinkView, type RegistrationRequest, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { guestOf } from '../consultation/guest.ts';
import { assertGroupOpen, fullMessage, groupCapacity, registerPerson, withdraw } from '../consultation/group.ts';
import { inTheCall, toConsultationView, toLinkView } from '../consultation/record.ts';
import { verificationOf } from '../consultation/verification.ts';
import { announceLink, announceParticipant } from './announce.ts';
import { chooseDestination } from './consult-now.ts';
import { deliverRegistration, registrationWindow } from './group-links.ts';
import { hostedBy } from './host-consultation.ts';
import { issueLink } from './send-link.ts';

/**
 * POST …/registrations: someone gets their own link to the session's waiting area, valid from 30
 * minutes before it starts until it ends. A patient on record proves who they are by date of
 * birth, anyone else by name. The 61st is refused (409 participant-limit) and nothing of theirs stays.
 */
export const register = async (
  deps: Dependencies,
  staff: Staff,
  id: string,
  request: RegistrationRequest,
): Promise<{ consultation: Consultation; link: LinkView }> => {
  const current = await hostedBy(deps, staff, id);
  assertGroupOpen(current);
  const patient = request.patientId ? await deps.store.patients.get(request.patientId) : undefined;
  if (request.patientId && !patient) throw new DomainError('not-found', 'There is no patient with that id.');
  const destination = chooseDestination(request, patient ?? {}, deps.settings.consultNowChannel);
  const now = deps.clock.now();
  const language = request.language ?? patient?.language ?? deps.settings.defaultLanguage;
  const person = guestOf(
    'group-consultation',
    {
      id: deps.ids.id(),
      role: patient ? 'patient' : 'guest',
      displayName: patient ? fullName(patient) : request.displayName!,
      patientId: patient?.id,
    },
    now,
  );
  const window = registrationWindow(current);
  const issued = await issueLink(deps, {
    consultationId: id,
    participantId: person.id,
    channel: destination.channel,
    destination: destination.address,
    sentTo: destination.sentTo,
    hostName: current.hostName,
    language,
    now,
    window,
  });
  let record;
  try {
    if (!(await deps.store.consultations.reservePlace(id, groupCapacity))) {
      const now = await deps.store.consultations.getHeader(id);
      if (now) assertGroupOpen(now);
      throw new DomainError('participant-limit', fullMessage, { limit: groupCapacity });
    }
    try {
      // Their own item alone: sixty registered at once never wait for one another.
      record = await deps.store.consultations.updatePerson(id, person.id, (c) => registerPerson(c, person, issued.link));
    } catch (error) {
      await deps.store.consultations.releasePlace(id);
      throw error;
    }
  } catch (error) {
    // Refused (full, over): the link's pointer goes too, so nothing of this registration is left.
    await deps.store.access.forgetLink(issued.link.id);
    throw error;
  }
  await announceParticipant(deps, record, person, undefined, [issued.link.id]);
  await deliverRegistration(deps, current, { ...issued, destination: destination.address, language, proof: verificationOf(person) });
  // The whole session as it stands, for the moderator's screen.
  const whole = (await deps.store.consultations.get(id)) ?? record;
  return { consultation: toConsultationView(whole), link: toLinkView(id)(issued.link) };
};

/** POST …/registrations/{participantId}/withdraw: their link and session stop working; the place is free again. */
export const withdrawRegistration = async (deps: Dependencies, staff: Staff, id: string, participantId: string): Promise<Consultation> => {
  await hostedBy(deps, staff, id);
  let retired: string[] = [];
  let changed = false;
  await deps.store.consultations.updatePerson(id, participantId, (current) => {
    const next = withdraw(current, participantId, deps.clock.now());
    changed = next !== current;
    retired = Object.keys(next.links).filter((linkId) => next.links[linkId]!.status !== current.links[linkId]?.status);
    return next;
  });
  if (changed) await deps.store.consultations.releasePlace(id);
  const record = (await deps.store.consultations.get(id))!;
  if (changed) {
    const person = record.participants[participantId]!;
    // Someone in the call when withdrawn: the people in it see them go.
    await announceParticipant(deps, record, person, inTheCall(record));
    await Promise.all(retired.map((linkId) => announceLink(deps, record, linkId)));
  }
  // Asked again, their attendees are looked for again: harmless, and it heals a lost call.
  await deps.meetings.remove(record, participantId);
  return toConsultationView(record);
};
