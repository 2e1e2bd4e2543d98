import type { TFunction } from 'i18next';
import type { Consultation, LinkView, Participant } from '@clinicall/shared';
import { intlLocale } from '../../i18n/format.ts';
import { guestsOf } from '../call/index.ts';

export const nameOf = (participant: Pick<Participant, 'displayName'>, t: TFunction<'dashboard'>): string =>
  participant.displayName.trim() || t('guest');

/** "Alex Example", "Alex Example and Sam" ("Alex Example och Sam"), or "Guest". */
export const guestNames = (consultation: Consultation, t: TFunction<'dashboard'>, locale: string = intlLocale()): string => {
  const names = guestsOf(consultation).map((guest) => nameOf(guest, t));
  return names.length === 0 ? t('guest') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
};

/**
 * The link that matters for each person: the one still waiting to be opened, else the latest.
 * (A resent link replaces the old one, which stays on record as withdrawn.)
 */
export const currentLinks = (consultation: Consultation): LinkView[] => {
  const byParticipant = new Map<string, LinkView>();
  for (const link of consultation.links) {
    const kept = byParticipant.get(link.participantId);
    if (!kept || kept.status !== 'issued' || link.status === 'issued') byParticipant.set(link.participantId, link);
  }
  return [...byParticipant.values()];
};
