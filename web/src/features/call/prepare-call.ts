import { EventStream } from '../../api/events.ts';
import { fetchMediaCredentials } from '../../media/credentials.ts';
import type { MediaCredentials, SelfDescription } from '../../media/media-session.ts';
import { warmUpLocalMedia } from '../../media/warm-up.ts';
import { type StartedMedia, startMedia } from '../../media/start-media.ts';

interface PreparedCall {
  readonly events: EventStream;
  /** None when the socket was opened ahead, while someone waited: the call page asks itself. */
  readonly credentials?: Promise<MediaCredentials>;
  /** The admission that opened the call, still on its way: the call page reports a refusal. */
  readonly admission?: Promise<void>;
  /** The call itself, started as Admit was pressed: the call page takes it over (once). */
  readonly started?: () => StartedMedia | undefined;
}

const prepared = new Map<string, PreparedCall>();

/**
 * Everything the clinician's call needs, started the moment they press Admit (in parallel with
 * the admission itself): camera and microphone, the consultation's event socket, media
 * credentials, and — knowing who they are — the call itself, which connects while the call page
 * is still being drawn. The call page takes them over instead of starting each in turn.
 */
export const prepareStaffCall = (
  consultationId: string,
  token: string,
  admitting?: { readonly participantId: string; readonly admission: Promise<void> },
  self?: SelfDescription,
): void => {
  const admission = admitting?.admission;
  warmUpLocalMedia().catch(() => undefined);
  admission?.catch(() => undefined);
  const existing = prepared.get(consultationId);
  const events = existing?.events ?? openStream(consultationId, token);
  // The socket hears the admission before its answer comes: the call starts on whichever is first.
  const letIn = admitting && { ...admitting, admission: Promise.race([admitting.admission, heardAdmitted(events, admitting)]) };
  const credentials =
    existing?.credentials && !admitting ? existing.credentials : withAdmitted(fetchMediaCredentials(consultationId, token), letIn);
  credentials.catch(() => undefined);
  const kept = admission ?? existing?.admission;
  const started = admitting && self ? once(startMedia(credentials, { consultationId, token, events, self })) : undefined;
  prepared.set(consultationId, { events, credentials, ...(kept && { admission: kept }), ...(started && { started }) });
};

/** Taken once: a page drawn again (or a second try) starts its own. */
const once = <T>(value: T): (() => T | undefined) => {
  let left: T | undefined = value;
  return () => {
    const taken = left;
    left = undefined;
    return taken;
  };
};

const openStream = (consultationId: string, token: string): EventStream => {
  const events = new EventStream({ token, consultationId });
  events.start();
  return events;
};

/**
 * Someone is waiting: the consultation's socket opens now, so on Admit the call page finds it
 * open, hears the admission, and holds the hello of a patient whose call starts first. Returns how
 * to let it go (no one waits any more, or the dashboard closed) unless a call has taken it over.
 */
export const listenAhead = (consultationId: string, token: string): (() => void) => {
  if (prepared.has(consultationId)) return () => undefined;
  const ahead: PreparedCall = { events: openStream(consultationId, token) };
  prepared.set(consultationId, ahead);
  return () => {
    if (prepared.get(consultationId) !== ahead) return; // Admit or Join took it to the call page
    prepared.delete(consultationId);
    ahead.events.stop();
  };
};

/**
 * The credentials are asked in parallel with the admission, so their list of the people in the
 * call may predate it: once the admission is through, the person let in is on it, and the call
 * recognises them the moment they say hello (rather than asking the server who they are).
 */
export const withAdmitted = async (
  credentials: Promise<MediaCredentials>,
  admitting: { readonly participantId: string; readonly admission: Promise<void> } | undefined,
): Promise<MediaCredentials> => {
  const [found, admitted] = await Promise.all([
    credentials,
    admitting?.admission.then(
      () => true,
      () => false,
    ),
  ]);
  if (found.kind !== 'p2p' || !admitted || !admitting || found.roster.includes(admitting.participantId)) return found;
  return { ...found, roster: [...found.roster, admitting.participantId] };
};

/** The socket says the person is in the call (never, should the admission be refused: then it stops listening). */
const heardAdmitted = (
  events: EventStream,
  { participantId, admission }: { readonly participantId: string; readonly admission: Promise<void> },
): Promise<void> =>
  new Promise((resolve) => {
    if (events.inCall.get(participantId)) return resolve();
    const stop = events.subscribe((event) => {
      if (event.type === 'participant-changed' && event.participant.id === participantId && event.participant.state === 'admitted') {
        stop();
        resolve();
      }
    });
    admission.then(stop, stop);
  });

/** The prepared call, if any. (A render may be discarded and redone, so reading does not consume.) */
export const preparedCall = (consultationId: string): PreparedCall | undefined =>
  prepared.get(consultationId);

/** The call page has taken over (or left): the next visit prepares afresh; a call it never took is left. */
export const forgetPreparedCall = (consultationId: string): void => {
  void prepared
    .get(consultationId)
    ?.started?.()
    ?.session.then((session) => session.leave(), () => undefined);
  prepared.delete(consultationId);
};
