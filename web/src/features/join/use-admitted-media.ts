import { useEffect, useRef, useState } from 'react';
import type { EventStream } from '../../api/events.ts';
import { useServerEvents } from '../../api/use-event-stream.ts';
import type { SelfDescription } from '../../media/media-session.ts';
import type * as StartMediaModule from '../../media/start-media.ts';
import type { StartedMedia } from '../../media/start-media.ts';

/** Taken once by the call; left should nobody take it. */
interface AdmittedCall {
  readonly take: () => StartedMedia | undefined;
}

const leaveUntaken = (call: AdmittedCall | undefined) =>
  void call?.take()?.session.then((session) => session.leave(), () => undefined);

type StartMediaCode = typeof StartMediaModule;
let startMediaCode: StartMediaCode | undefined;

/** The call's starting code, which comes with the call's code while they wait (see call-code). */
const loadStartMedia = async () => (startMediaCode = await import('../../media/start-media.ts'));

/** A call starting once its code is here. */
const startLater = (media: Promise<StartedMedia>): StartedMedia => {
  media.catch(() => undefined);
  const started = { session: media.then((m) => m.session), joined: media.then((m) => m.joined) };
  started.session.catch(() => undefined);
  started.joined.catch(() => undefined);
  return started;
};

/** The page draws the call within moments of the admission; a call not taken by then is left. */
const untakenMs = 10_000;

/**
 * The call of this person's admission, started the moment its media credentials come with it
 * (before the page draws the call, which takes it over). It is for that admission only: left
 * untaken once the person is no longer in the call, or has left it themselves (`forget`); a call
 * started afresh asks for its own.
 */
export const useAdmittedMedia = (
  events: EventStream | undefined,
  { consultationId, participantId, session }: { readonly consultationId: string; readonly participantId: string; readonly session: string },
  self: SelfDescription | undefined,
  /** Whether the page would show the call (not after they left it themselves). */
  shown: boolean,
): { readonly started: (() => StartedMedia | undefined) | undefined; readonly forget: () => void } => {
  const [call, setCall] = useState<AdmittedCall>();
  const current = useRef<AdmittedCall>(undefined);
  const replace = (next: AdmittedCall | undefined) => {
    if (current.current !== next) leaveUntaken(current.current);
    current.current = next;
    setCall(next);
  };
  useEffect(() => () => leaveUntaken(current.current), []);
  useEffect(() => {
    if (events && self && shown) loadStartMedia().catch(() => undefined); // tried again on admission
  }, [events, self, shown]);
  useServerEvents(events, (event) => {
    if (!events || !('consultationId' in event) || event.consultationId !== consultationId) return;
    if (event.type === 'admitted-media' && self && shown) {
      // The call's code came while they waited (see call-code): this page's first load stays small.
      const start = ({ startMedia }: StartMediaCode) =>
        startMedia(Promise.resolve(event.credentials), { consultationId, token: session, events, self });
      // In this turn when the code is here (see loadStartMedia), not behind the call screen being drawn.
      let left: StartedMedia | undefined = startMediaCode ? start(startMediaCode) : startLater(loadStartMedia().then(start));
      const call = {
        take: () => {
          const taken = left;
          left = undefined;
          return taken;
        },
      };
      replace(call);
      setTimeout(() => leaveUntaken(call), untakenMs);
    } else if (event.type === 'participant-changed' && event.participant.id === participantId && event.participant.state !== 'admitted') {
      replace(undefined);
    } else if (event.type === 'consultation-changed' && (event.status === 'ended' || event.status === 'cancelled')) {
      replace(undefined);
    }
  });
  return { started: call?.take, forget: () => replace(undefined) };
};
