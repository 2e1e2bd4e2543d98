import { useEffect, useState } from 'react';
import type { Consultation } from '@clinicall/shared';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import { guestsOf, nameOf } from './people.ts';

/**
 * What to say aloud when the dashboard changes under the clinician (someone arrives in the
 * waiting room, a link expires), and the tab title counting who is waiting.
 */
export const useWaitingAnnouncements = (
  events: EventStream | undefined,
  open: readonly Consultation[],
): { readonly announcement: string; readonly dismiss: () => void } => {
  const [announcement, setAnnouncement] = useState('');

  useServerEvents(events, (event) => {
    if (event.type === 'participant-changed' && event.participant.state === 'waiting') {
      setAnnouncement(`${nameOf(event.participant)} is in the waiting room.`);
    } else if (event.type === 'participant-changed' && event.participant.state === 'left') {
      setAnnouncement(`${nameOf(event.participant)} left.`);
    } else if (event.type === 'link-changed' && event.status === 'expired') {
      const consultation = open.find((c) => c.id === event.consultationId);
      const who = consultation ? guestsOf(consultation).map(nameOf).join(', ') : '';
      setAnnouncement(who ? `The link for ${who} expired.` : 'A link expired.');
    }
  });

  const waiting = open.reduce((count, c) => count + guestsOf(c).filter((p) => p.state === 'waiting').length, 0);
  useEffect(() => {
    document.title = waiting > 0 ? `(${waiting} waiting) Clinicall` : 'Clinicall';
  }, [waiting]);

  return { announcement, dismiss: () => setAnnouncement('') };
};
