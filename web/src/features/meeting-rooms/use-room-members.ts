import { operations, type StaffMember } from '@clinicall/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

/** Staff with the meeting room member role: who an administrator may choose. */
export const useRoomMembers = (token: string): readonly StaffMember[] | undefined => {
  const [staff, setStaff] = useState<readonly StaffMember[]>();
  useEffect(() => {
    let current = true;
    call(operations.listStaff, { token, query: { group: 'meeting-room-member' } }).then(
      (answer) => current && setStaff(answer.staff),
      () => current && setStaff([]),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return staff;
};
