import { mainRoom } from '@clinicall/shared/rooms';
import type { EventStream } from '../api/events.ts';
import { fetchMediaCredentials } from './credentials.ts';
import { createMediaSession, type MediaSession } from './index.ts';
import type { MediaCredentials, SelfDescription } from './media-session.ts';

/** A call's media under way: its session once created, and its joining (devices, connections). */
export interface StartedMedia {
  readonly session: Promise<MediaSession>;
  readonly joined: Promise<void>;
}

interface MediaContext {
  readonly consultationId: string;
  readonly token: string;
  readonly events: EventStream;
  readonly self: SelfDescription;
}

/** The implementation the credentials name, joining the room as soon as it is made. */
export const startMedia = (
  credentials: Promise<MediaCredentials>,
  { consultationId, token, events, self }: MediaContext,
  room: string = mainRoom,
): StartedMedia => {
  let joining: Promise<void> = Promise.resolve();
  const session = credentials.then(async (found) => {
    const created = await createMediaSession(found, {
      events,
      self,
      roster: async (inRoom) => {
        const fresh = await fetchMediaCredentials(consultationId, token, inRoom);
        return fresh.kind === 'p2p' ? fresh.roster : [];
      },
    });
    // Joining before anyone holds the session: whoever lets it go then (leave) stops it for good.
    joining = created.join(found, room);
    return created;
  });
  const joined = session.then(() => joining);
  // Whoever takes them over hears of a failure; none goes unheard meanwhile.
  session.catch(() => undefined);
  joined.catch(() => undefined);
  return { session, joined };
};
