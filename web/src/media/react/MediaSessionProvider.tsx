import type { ReactNode } from 'react';
import type { MediaSession } from '../media-session.ts';
import { MediaSessionContext } from './media-context.ts';

/** Makes one call's MediaSession available to the call screen below it. */
export const MediaSessionProvider = ({ session, children }: { session: MediaSession; children: ReactNode }) => (
  <MediaSessionContext value={session}>{children}</MediaSessionContext>
);
