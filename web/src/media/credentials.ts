import { mainRoom } from '@clinicall/shared/rooms';
import { patientPaths, withId } from '../api/paths.ts';
import { isRecord, request, unexpected } from '../api/request.ts';
import type { MediaCredentials } from './media-session.ts';

/**
 * Credentials to join one room's media of a consultation (the main room, or a breakout room),
 * for its host (staff token) or an admitted participant (session).
 */
export const fetchMediaCredentials = async (
  consultationId: string,
  token: string,
  room: string = mainRoom,
): Promise<MediaCredentials> => {
  const path = withId(patientPaths.media, consultationId);
  const answer = await request('POST', room === mainRoom ? path : `${path}?room=${encodeURIComponent(room)}`, { token });
  if (isRecord(answer) && answer.kind === 'p2p' && typeof answer.peerId === 'string' && Array.isArray(answer.iceServers) && Array.isArray(answer.roster)) {
    return answer as MediaCredentials;
  }
  if (isRecord(answer) && answer.kind === 'chime' && isRecord(answer.meeting) && isRecord(answer.attendee)) {
    return answer as MediaCredentials;
  }
  throw unexpected('media');
};
