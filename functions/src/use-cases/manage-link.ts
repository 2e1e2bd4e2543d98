import { callTypes, DomainError, type LinkView, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { closeIfUnused, extend, keepsAttendance, replaceLink, retiredLinks, revoke } from '../consultation/changes.ts';
import { verificationOf } from '../consultation/verification.ts';
import { toLinkView } from '../consultation/record.ts';
import { announceLink } from './announce.ts';
import { tellClosed } from './called-off.ts';
import { deliverRegistration, registrationWindow } from './group-links.ts';
import { hostedBy } from './host-consultation.ts';
import { deliverLink, issueLink } from './send-link.ts';

const find = async (deps: Dependencies, staff: Staff, linkId: string) => {
  const pointer = await deps.store.access.findLinkById(linkId);
  if (!pointer) throw new DomainError('not-found', 'There is no such link.');
  return hostedBy(deps, staff, pointer.consultationId);
};

export const extendLinkBy = async (deps: Dependencies, staff: Staff, linkId: string, minutes: number): Promise<LinkView> => {
  const current = await find(deps, staff, linkId);
  const policy = callTypes[current.type].link;
  if (!policy.extendable) throw new DomainError('illegal-transition', 'Links of this kind cannot be extended.');
  const record = await deps.store.consultations.update(current.id, (c) =>
    extend(c, linkId, minutes, policy.maxExtensionMinutes, deps.clock.now()),
  );
  // The running timer wakes at the old time, sees the new one and waits again.
  await announceLink(deps, record, linkId);
  return toLinkView(record.id)(record.links[linkId]!);
};

/** Withdrawn: the link stops working; a consultation nobody came to and with no other live link is closed with it. */
export const revokeLinkNow = async (deps: Dependencies, staff: Staff, linkId: string): Promise<LinkView> => {
  const current = await find(deps, staff, linkId);
  const record = await deps.store.consultations.update(current.id, (c) => closeIfUnused(revoke(c, linkId), deps.clock.now()));
  await announceLink(deps, record, linkId);
  if (record.status !== current.status) await tellClosed(deps, record);
  return toLinkView(record.id)(record.links[linkId]!);
};

/** A new token to the same person and place; every earlier link of theirs dies in the same write. */
export const resendLink = async (deps: Dependencies, staff: Staff, linkId: string): Promise<LinkView> => {
  const current = await find(deps, staff, linkId);
  const old = current.links[linkId]!;
  const request = {
    consultationId: current.id,
    participantId: old.participantId,
    channel: old.channel,
    destination: old.destination,
    sentTo: old.sentTo,
    hostName: current.hostName,
    language: old.language ?? deps.settings.defaultLanguage,
    now: deps.clock.now(),
    // Someone invited into the call gets the invitation's words again.
    joiningCall: current.participants[old.participantId]?.role !== 'patient',
    // A group session's registration opens and lapses with the session, as when first sent.
    ...(keepsAttendance(current) && { window: registrationWindow(current) }),
  };
  const issued = await issueLink(deps, request);
  let retired: string[] = [];
  const record = await deps.store.consultations.update(current.id, (c) => {
    const next = replaceLink(c, linkId, issued.link);
    // The version that is written decides which links this resend retired.
    retired = retiredLinks(c, next);
    return next;
  });
  const person = record.participants[old.participantId];
  if (keepsAttendance(current) && person) {
    await deliverRegistration(deps, record, { ...issued, destination: old.destination, language: request.language, proof: verificationOf(person) });
  } else {
    await deliverLink(deps, request, issued);
  }
  for (const id of new Set([linkId, ...retired])) await announceLink(deps, record, id);
  await announceLink(deps, record, issued.link.id);
  return toLinkView(record.id)(issued.link);
};
