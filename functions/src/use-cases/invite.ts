import type { Consultation, InviteRequest, LinkView, Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { addInvitee } from '../consultation/changes.ts';
import { guestOf, roleNames } from '../consultation/guest.ts';
import { toConsultationView, toLinkView } from '../consultation/record.ts';
import { announceParticipant } from './announce.ts';
import { chooseDestination } from './consult-now.ts';
import { hostedBy } from './host-consultation.ts';
import { deliverLink, issueLink } from './send-link.ts';


/**
 * A third person during the call: their own single-use link (they give their name), and they
 * wait to be let in unless the host ticked "admit when they arrive".
 */
export const invite = async (
  deps: Dependencies,
  staff: Staff,
  consultationId: string,
  request: InviteRequest,
): Promise<{ consultation: Consultation; link: LinkView }> => {
  const current = await hostedBy(deps, staff, consultationId);
  // Invitations default to email (cheaper), unless only a mobile number was given.
  const destination = chooseDestination(request, {}, 'email');
  const now = deps.clock.now();
  const invitee = guestOf(
    current.type,
    { id: deps.ids.id(), role: request.role, displayName: request.displayName ?? roleNames[request.role], admitOnArrival: request.admitOnArrival },
    now,
  );
  const linkRequest = {
    consultationId: current.id,
    participantId: invitee.id,
    channel: destination.channel,
    destination: destination.address,
    sentTo: destination.sentTo,
    hostName: current.hostName,
    language: request.language ?? deps.settings.defaultLanguage,
    now,
    joiningCall: true,
  };
  const issued = await issueLink(deps, linkRequest);
  const record = await deps.store.consultations.update(current.id, (c) => addInvitee(c, invitee, issued.link));
  await deliverLink(deps, linkRequest, issued);
  await announceParticipant(deps, record, invitee, undefined, [issued.link.id]);
  return { consultation: toConsultationView(record), link: toLinkView(record.id)(issued.link) };
};
