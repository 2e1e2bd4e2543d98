import { operations } from '@clinicall/shared';
import { call } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { enterCall } from '../join/index.ts';

/** A member goes straight into the room: their session is kept for the call page, which needs no device check. */
export const enterRoom = async (token: string, roomId: string): Promise<void> => {
  const session = await call(operations.enterMeetingRoom, { token, params: { id: roomId } });
  enterCall(session);
  navigate('/join');
};
