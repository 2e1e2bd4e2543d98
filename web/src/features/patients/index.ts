/** The patient directory, shown on the home page. */
export { PatientsPage } from './PatientsPage.tsx';
