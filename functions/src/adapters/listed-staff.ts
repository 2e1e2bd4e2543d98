import type { Staff } from '@clinicall/shared';
import type { StaffDirectory } from '#ports';

/** A directory read from a list of accounts (the local runtime's accounts file). */
export const listedStaff = (accounts: () => readonly Staff[]): StaffDirectory => ({
  inGroup: (group) =>
    Promise.resolve(
      accounts()
        .filter((account) => account.groups.includes(group))
        .map(({ id, name, email }) => ({ id, name, email }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ),
});
