/** Consult Now, started from the dashboard or from a patient in the directory. */
export { ConsultNowDialog } from './ConsultNowDialog.tsx';
