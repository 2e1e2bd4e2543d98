import type { ServerEvent } from '@clinicall/shared';
import type { MediaSession } from './media-session.ts';

/**
 * The host muted this person or stopped their camera: the page turns it off itself. In a Chime
 * call the server already stopped them sending; in a local (browser-to-browser) call nothing in
 * the middle can, so this is the stop. Nothing here turns anything back on.
 */
export const obeyModeration = (event: ServerEvent, session: Pick<MediaSession, 'setMicrophone' | 'setCamera' | 'shareScreen'>) => {
  if (event.type !== 'media-stopped') return;
  if (event.stop === 'microphone') {
    session.setMicrophone(false);
    return;
  }
  // A shared screen follows the camera (Chime stops both).
  void session.setCamera(false);
  void session.shareScreen(false);
};
