/** Appointments, as the home page, the patient directory and group sessions use them. */
export { AppointmentsSection } from './AppointmentsSection.tsx';
export { organisationZone } from './organisation-zone.ts';
export { ProposeAppointmentDialog } from './ProposeAppointmentDialog.tsx';
export { normaliseTime } from './proposal.ts';
export { staffWhen } from './staff-when.ts';
export { WhenPreview } from './WhenPreview.tsx';
