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
export const prepareStaffCall = (
  consultationId: string,
  token: string,
  admitting?: { readonly participantId: string; readonly admission: Promise<void> },
): void => {
  const admission = admitting?.admission;
  warmUpLocalMedia().catch(() => undefined);
  admission?.catch(() => undefined);
  const existing = prepared.get(consultationId);
  if (existing) {
    if (admission) prepared.set(consultationId, { ...existing, admission });
    return;
  }
  const events = new EventStream({ token, consultationId });
  events.start();
  const credentials = withAdmitted(fetchMediaCredentials(consultationId, token), admitting);
  credentials.catch(() => undefined);
  prepared.set(consultationId, { events, credentials, ...(admission && { admission }) });
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

/** The prepared call, if any. (A render may be discarded and redone, so reading does not consume.) */
export const preparedCall = (consultationId: string): PreparedCall | undefined =>
  prepared.get(consultationId);

/** The call page has taken over (or left): the next visit prepares afresh. */
export const forgetPreparedCall = (consultationId: string): void => {
  prepared.delete(consultationId);
};
