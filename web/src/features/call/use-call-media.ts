import i18next from 'i18next';
import { mainRoom } from '@clinicall/shared/rooms';
import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { ApiError } from '../../api/request.ts';
import { fetchMediaCredentials } from '../../media/credentials.ts';
import { MediaAccessError, type MediaSession, MediaUnavailable, preloadP2p } from '../../media/index.ts';
import type { MediaCredentials, SelfDescription } from '../../media/media-session.ts';
import { obeyModeration } from '../../media/obey-moderation.ts';
import { type StartedMedia, startMedia } from '../../media/start-media.ts';

export type CallMedia =
  | { readonly status: 'starting' }
  | { readonly status: 'ready'; readonly session: MediaSession }
  | { readonly status: 'problem'; readonly message: string; readonly retry: () => void };

type Settled = { readonly attempt: number } & (
  { readonly session: MediaSession } | { readonly message: string }
);

const messageOf = (error: unknown): string =>
  error instanceof ApiError
    ? error.message
    : i18next.t(
        error instanceof MediaAccessError
          ? 'media.access'
          : error instanceof MediaUnavailable
            ? 'media.unavailable'
            : 'media.failed',
        { ns: 'call' },
      );

/**
 * Joins the consultation's media for as long as the component is on screen: credentials from
 * the API, the implementation they name, camera and microphone. Leaves on unmount. It starts in
 * the room this person is in when it starts (after a lost connection too); moving room later is
 * useCallRoom's work, with the same session.
 */
export const useCallMedia = (
  consultationId: string,
  token: string,
  events: EventStream | undefined,
  /** Who this person is, told to the others (keep the same object: a new one restarts the call). */
  self: SelfDescription,
  prepared?: Promise<MediaCredentials>,
  /** The room this person is in (absent: the main room). */
  room?: string,
  /** A call already started in the main room (as Admit was pressed), taken over once. */
  started?: () => StartedMedia | undefined,
): CallMedia => {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled>();
  // Read as the call starts, not a reason to start again.
  const startRoom = useEffectEvent(() => room ?? mainRoom);

  useEffect(() => {
    if (!events) return;
    let cancelled = false;
    let session: MediaSession | undefined;
    // The host may mute this person or stop their camera: the page obeys as soon as it hears.
    const stopObeying = events.subscribe((event) => {
      if (session) obeyModeration(event, session);
    });
    const room = startRoom();
    // What was prepared while admitting is the main room's.
    const first = attempt === 0 && room === mainRoom;
    const media =
      (first ? started?.() : undefined) ??
      startMedia(first && prepared ? prepared : fetchMediaCredentials(consultationId, token, room), { consultationId, token, events, self }, room);
    const fail = (error: unknown) => {
      if (cancelled) return;
      session?.leave();
      setSettled({ attempt, message: messageOf(error) });
    };
    media.session.then((found) => {
      session = found;
      if (cancelled) return found.leave();
      // Drawing the call gives way to its connecting (signalling and connection events come in between).
      startTransition(() => setSettled({ attempt, session: found }));
      media.joined.catch(fail);
    }, fail);
    return () => {
      cancelled = true;
      stopObeying();
      session?.leave();
    };
  }, [consultationId, token, events, attempt, prepared, self, started]);

  if (!settled || settled.attempt !== attempt) return { status: 'starting' };
  if ('session' in settled) return { status: 'ready', session: settled.session };
  return { status: 'problem', message: settled.message, retry: () => setAttempt((n) => n + 1) };
};

/** Starts fetching the call code while someone waits, so admission is quick. */
export const preloadMedia = (): void => {
  preloadP2p().catch(() => undefined); // fetched again when the call starts
};
