/** The clinician's consultations, shown on the home page. */
export { DashboardPage } from './DashboardPage.tsx';
