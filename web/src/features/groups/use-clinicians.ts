import { operations, type StaffMember } from '@clinicall/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

/** The clinicians in the staff directory: who may co-moderate a group session. */
export const useClinicians = (token: string): readonly StaffMember[] | undefined => {
  const [staff, setStaff] = useState<readonly StaffMember[]>();
  useEffect(() => {
    let current = true;
    call(operations.listStaff, { token, query: { group: 'clinician' } }).then(
      (answer) => current && setStaff(answer.staff),
      () => current && setStaff([]),
    );
    return () => {
      current = false;
    };
  }, [token]);
  return staff;
};
