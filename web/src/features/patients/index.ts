/** The patient directory, shown on the home page; its search, for choosing a patient elsewhere. */
export { PatientsPage } from './PatientsPage.tsx';
export { usePatients } from './use-patients.ts';
