import { EventStream } from '../../api/events.ts';
import { fetchMediaCredentials } from '../../media/credentials.ts';
import type { MediaCredentials } from '../../media/media-session.ts';
import { warmUpLocalMedia } from '../../media/warm-up.ts';

interface PreparedCall {
  readonly events: EventStream;
  readonly credentials: Promise<MediaCredentials>;
  /** The admission that opened the call, still on its way: the call page reports a refusal. */
  readonly admission?: Promise<void>;
}

const prepared = new Map<string, PreparedCall>();

/**
 * Everything the clinician's call needs, started the moment they press Admit (in parallel with
 * the admission itself): camera and microphone, the consultation's event socket, media
 * credentials. The call page takes them over instead of starting each in turn.
 */
export const prepareStaffCall = (consultationId: string, token: string, admission?: Promise<void>): void => {
  warmUpLocalMedia().catch(() => undefined);
  admission?.catch(() => undefined);
  const existing = prepared.get(consultationId);
  if (existing) {
    if (admission) prepared.set(consultationId, { ...existing, admission });
    return;
  }
  const events = new EventStream({ token, consultationId });
  events.start();
  // Asked once the admission is through, so the list of people in the call includes whoever was
  // just let in: the call then recognises them at once when they say hello.
  const credentials = (admission ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => fetchMediaCredentials(consultationId, token));
  credentials.catch(() => undefined);
  prepared.set(consultationId, { events, credentials, ...(admission && { admission }) });
};

/** The prepared call, if any. (A render may be discarded and redone, so reading does not consume.) */
export const preparedCall = (consultationId: string): PreparedCall | undefined =>
  prepared.get(consultationId);

/** The call page has taken over (or left): the next visit prepares afresh. */
export const forgetPreparedCall = (consultationId: string): void => {
  prepared.delete(consultationId);
};
