/** The staff call page loads on demand, in its own chunk. */
export const loadStaffCall = () => import('./StaffCallPage.tsx');

/** The staff call page and its media code, fetched ahead of need (someone is waiting). */
export const preloadStaffCall = (): void => {
  void loadStaffCall().then((m) => m.preloadMedia());
};
