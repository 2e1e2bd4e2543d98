import { type JoinStep, openLink } from '../../api/participant.ts';

const opening = new Map<string, Promise<JoinStep>>();

/**
 * Opening a link that needs no check redeems it, so it must happen once per token even if the
 * page renders twice; a failure may be retried.
 */
export const openLinkOnce = (token: string): Promise<JoinStep> => {
  let pending = opening.get(token);
  if (!pending) {
    pending = openLink(token);
    opening.set(token, pending);
    pending.catch(() => opening.delete(token));
  }
  return pending;
};
