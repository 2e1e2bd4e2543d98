import { operations, type StaffGroup, type StaffMember } from '@clinicall/shared';
import { useEffect, useState } from 'react';
import { call } from './client.ts';

/** The staff of one group of the directory (undefined while loading; none when it cannot be read). */
export const useStaffGroup = (token: string, group: StaffGroup): readonly StaffMember[] | undefined => {
  const [staff, setStaff] = useState<readonly StaffMember[]>();
  useEffect(() => {
    let current = true;
    call(operations.listStaff, { token, query: { group } }).then(
      (answer) => current && setStaff(answer.staff),
      () => current && setStaff([]),
    );
    return () => {
      current = false;
    };
  }, [token, group]);
  return staff;
};
