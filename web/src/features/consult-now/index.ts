/** Consult Now, started from the dashboard or from a patient in the directory; its destination rules, for other links. */
export { ConsultNowDialog } from './ConsultNowDialog.tsx';
export { DestinationFields } from './DestinationFields.tsx';
export { consultNowRequest, defaultChannel, type DestinationChoice, recordedDestination } from './destination.ts';
