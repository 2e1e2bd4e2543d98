/** The device check's code: not part of the join page's first download, fetched while the person types. */
export const loadDeviceCheck = () => import('./DeviceCheck.tsx');
