import { useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import type { MediaCredentials } from '../../media/media-session.ts';

/**
 * The media credentials that came with this person's admission, for their call to start with
 * instead of asking. They hold for that admission only: gone once the person is no longer in the
 * call, or has left it themselves (`forget`); a call started afresh asks.
 */
export const useAdmittedMedia = (
  events: EventStream | undefined,
  consultationId: string,
  participantId: string,
): { readonly media: Promise<MediaCredentials> | undefined; readonly forget: () => void } => {
  const [media, setMedia] = useState<Promise<MediaCredentials>>();
  useServerEvents(events, (event) => {
    if (!('consultationId' in event) || event.consultationId !== consultationId) return;
    if (event.type === 'admitted-media') setMedia(Promise.resolve(event.credentials));
    else if (event.type === 'participant-changed' && event.participant.id === participantId && event.participant.state !== 'admitted') {
      setMedia(undefined);
    }
  });
  return { media, forget: () => setMedia(undefined) };
};
