/** Appointments, as the home page and the patient directory use them. */
export { AppointmentsSection } from './AppointmentsSection.tsx';
export { organisationZone } from './organisation-zone.ts';
export { ProposeAppointmentDialog } from './ProposeAppointmentDialog.tsx';
