import type { Consultation, LinkView, Participant } from '@clinicall/shared';

/** The most people registered for one group session besides its moderators (the server's limit). */
export const groupLimit = 60;

export interface Registration {
  readonly participant: Participant;
  /** Their link that matters: the one not opened yet, else the latest. */
  readonly link: LinkView | undefined;
}

const currentLink = (links: readonly LinkView[]): LinkView | undefined =>
  links.reduce<LinkView | undefined>(
    (kept, link) => (!kept || kept.status !== 'issued' || link.status === 'issued' ? link : kept),
    undefined,
  );

/**
 * The people registered for a group session, as the moderator manages them: patients on record
 * and people not on record, not the moderators. A withdrawn registration (left before ever
 * being let in, its link withdrawn) no longer counts and is not listed.
 */
export const registrationsOf = (consultation: Consultation): Registration[] =>
  consultation.participants
    .filter((participant) => participant.role === 'patient' || participant.role === 'guest')
    .map((participant) => ({
      participant,
      link: currentLink(consultation.links.filter((l) => l.participantId === participant.id)),
    }))
    .filter(
      ({ participant, link }) =>
        !(participant.state === 'left' && !participant.admittedAt && link?.status === 'revoked'),
    );

/** The host and co-moderators, by staff id. */
export const moderatorIds = (consultation: Consultation): readonly string[] => [
  consultation.hostId,
  ...(consultation.coHostIds ?? []),
];
