import { DomainError, type Staff, type StaffGroup } from '@clinicall/shared';

/** Throws `forbidden` unless the staff member belongs to one of the groups. */
export const requireGroup = (staff: Staff, ...groups: StaffGroup[]): void => {
  if (!groups.some((group) => staff.groups.includes(group))) {
    throw new DomainError('forbidden', `Only ${groups.join(' or ')} staff can do this.`);
  }
};
