import { lazy } from 'react';

/**
 * Everything but the patient's join page loads on demand, so a patient opening a link on a
 * phone downloads only what the join page needs.
 */
export const SignInPage = lazy(() => import('../features/sign-in/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
export const HomePage = lazy(() => import('../features/home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
export const PortalPage = lazy(() => import('../features/portal/PortalPage.tsx').then((m) => ({ default: m.PortalPage })));
export const OutboxPage = lazy(() => import('../features/outbox/OutboxPage.tsx').then((m) => ({ default: m.OutboxPage })));
const loadStaffCall = () => import('../features/call/StaffCallPage.tsx');
export const StaffCallPage = lazy(() => loadStaffCall().then((m) => ({ default: m.StaffCallPage })));

/** The staff call page and its media code, fetched ahead of need. */
export const preloadStaffCall = (): void => {
  void loadStaffCall().then((m) => m.preloadMedia());
};
