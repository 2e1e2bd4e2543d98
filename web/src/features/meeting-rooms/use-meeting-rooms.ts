import { type MeetingRoom, operations } from '@clinicall/shared';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

/** How often the console looks again at who is in each room. */
const refreshMs = 15_000;

export interface MeetingRooms {
  readonly rooms: readonly MeetingRoom[] | undefined;
  readonly failed: boolean;
  readonly reload: () => void;
}

/** The rooms the signed-in person sees (a member: theirs; an administrator: all), with how many are in each. */
export const useMeetingRooms = (token: string): MeetingRooms => {
  const [rooms, setRooms] = useState<readonly MeetingRoom[]>();
  const [failed, setFailed] = useState(false);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let current = true;
    const read = () =>
      call(operations.listMeetingRooms, { token }).then(
        (answer) => {
          if (!current) return;
          setRooms(answer.rooms);
          setFailed(false);
        },
        () => current && setFailed(true),
      );
    void read();
    const timer = window.setInterval(() => void read(), refreshMs);
    const onFocus = () => void read();
    window.addEventListener('focus', onFocus);
    return () => {
      current = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [token, revision]);
  const reload = useCallback(() => setRevision((n) => n + 1), []);
  return { rooms, failed, reload };
};
