import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation, Participant } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import { guestsOf } from '../call/index.ts';
import { nameOf } from './people.ts';

/** What happened, kept as facts so it is said in the language chosen at the moment it shows. */
type Happening =
  | { readonly kind: 'waiting' | 'left'; readonly participant: Pick<Participant, 'displayName'> }
  | { readonly kind: 'link-expired'; readonly guests: readonly Pick<Participant, 'displayName'>[] };

/**
 * What to say aloud when the dashboard changes under the clinician (someone arrives in the
 * waiting room, a link expires), and the tab title counting who is waiting.
 */
export const useWaitingAnnouncements = (
  events: EventStream | undefined,
  open: readonly Consultation[],
): { readonly announcement: string; readonly dismiss: () => void } => {
  const { t } = useTranslation('dashboard');
  const [happening, setHappening] = useState<Happening>();

  useServerEvents(events, (event) => {
    if (event.type === 'participant-changed' && event.participant.state === 'waiting') {
      setHappening({ kind: 'waiting', participant: event.participant });
    } else if (event.type === 'participant-changed' && event.participant.state === 'left') {
      setHappening({ kind: 'left', participant: event.participant });
    } else if (event.type === 'link-changed' && event.link.status === 'expired') {
      const consultation = open.find((c) => c.id === event.consultationId);
      setHappening({ kind: 'link-expired', guests: consultation ? guestsOf(consultation) : [] });
    }
  });

  const waiting = open.reduce((count, c) => count + guestsOf(c).filter((p) => p.state === 'waiting').length, 0);
  const title = waiting > 0 ? t('tabTitle', { count: waiting }) : 'Clinicall';
  useEffect(() => {
    document.title = title;
  }, [title]);

  let announcement = '';
  if (happening?.kind === 'waiting') announcement = t('announce.waiting', { name: nameOf(happening.participant, t) });
  else if (happening?.kind === 'left') announcement = t('announce.left', { name: nameOf(happening.participant, t) });
  else if (happening?.kind === 'link-expired') {
    const names = happening.guests.map((guest) => nameOf(guest, t)).join(', ');
    announcement = names ? t('announce.linkExpiredFor', { names }) : t('announce.linkExpired');
  }
  return { announcement, dismiss: () => setHappening(undefined) };
};
