import { lazy } from 'react';

/**
 * Everything but the patient's join page loads on demand, so a patient opening a link on a
 * phone downloads only what the join page needs.
 */
export const SignInPage = lazy(() => import('../features/sign-in/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
export const HomePage = lazy(() => import('../features/home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
export const PortalPage = lazy(() => import('../features/portal/PortalPage.tsx').then((m) => ({ default: m.PortalPage })));
export const OutboxPage = lazy(() => import('../features/outbox/OutboxPage.tsx').then((m) => ({ default: m.OutboxPage })));
export const StaffCallPage = lazy(() =>
  import('../features/call/StaffCallPage.tsx').then((m) => ({ default: m.StaffCallPage })),
);
