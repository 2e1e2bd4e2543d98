/** Call Patient, started from a patient in the directory. */
export { CallPatientDialog } from './CallPatientDialog.tsx';
