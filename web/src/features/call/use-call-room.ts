import { mainRoom } from '@clinicall/shared/rooms';
import { useEffect, useRef, useState } from 'react';
import { fetchMediaCredentials } from '../../media/credentials.ts';
import type { MediaCredentials, MediaSession } from '../../media/media-session.ts';
import { RoomFollower } from './room-follower.ts';

/**
 * Follows this person's own room (their participant record's `room`; absent: the main room)
 * with the call's media: moved to a breakout room, back to the main room, or a moderator
 * visiting a room by moving themselves. Answers whether the last move failed, and the way to
 * try it again (it is tried again too when the room is next heard of).
 */
export const useCallRoom = (
  session: MediaSession | undefined,
  consultationId: string,
  token: string,
  room: string | undefined,
): { readonly failed: boolean; readonly retry: () => void } => {
  const [failed, setFailed] = useState(false);
  const follower = useRef<RoomFollower>(undefined);

  useEffect(() => {
    if (!session) return;
    const media = {
      get room() {
        return session.room;
      },
      switchRoom: async (to: string, credentials: MediaCredentials) => {
        await session.switchRoom(to, credentials);
        setFailed(false);
      },
    };
    const following = new RoomFollower(
      media,
      (to) => fetchMediaCredentials(consultationId, token, to),
      () => setFailed(true),
    );
    follower.current = following;
    return () => {
      following.stop();
      follower.current = undefined;
    };
  }, [session, consultationId, token]);

  useEffect(() => {
    follower.current?.follow(room ?? mainRoom);
  }, [session, room]);

  return { failed, retry: () => follower.current?.follow(room ?? mainRoom) };
};
