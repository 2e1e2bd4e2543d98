import { paths } from '../paths.ts';
import {
  Appointment,
  AppointmentList,
  AppointmentPath,
  AppointmentQuery,
  AppointmentRequestList,
  CancelRequest,
  RescheduleRequest,
} from '../schemas/appointments.ts';
import { ProposeAppointmentRequest } from '../schemas/appointment-proposal.ts';
import { type Operation, operation } from './operation.ts';

/** The clinician’s side of appointments. */
export const appointmentOperations = {
  proposeAppointment: operation({
    id: 'proposeAppointment',
    method: 'POST',
    path: paths.proposeAppointment,
    auth: 'staff',
    summary:
      'Propose an appointment to a patient (date and time in the organisation’s time zone); the patient is notified',
    body: ProposeAppointmentRequest,
    response: Appointment,
    status: 201,
  }),
  listAppointments: operation({
    id: 'listAppointments',
    method: 'GET',
    path: paths.listAppointments,
    auth: 'staff',
    summary: 'Your appointments: upcoming (proposed and scheduled), past, or needing action (rejected)',
    query: AppointmentQuery,
    response: AppointmentList,
    status: 200,
  }),
  getAppointment: operation({
    id: 'getAppointment',
    method: 'GET',
    path: paths.getAppointment,
    auth: 'staff',
    summary: 'One appointment',
    params: AppointmentPath,
    response: Appointment,
    status: 200,
  }),
  cancelAppointment: operation({
    id: 'cancelAppointment',
    method: 'POST',
    path: paths.cancelAppointment,
    auth: 'staff',
    summary: 'Cancel an appointment; the patient is notified',
    params: AppointmentPath,
    body: CancelRequest,
    response: Appointment,
    status: 200,
  }),
  rescheduleAppointment: operation({
    id: 'rescheduleAppointment',
    method: 'POST',
    path: paths.rescheduleAppointment,
    auth: 'staff',
    summary: 'Propose a new time (also after a rejection); the patient is notified and answers again',
    params: AppointmentPath,
    body: RescheduleRequest,
    response: Appointment,
    status: 200,
  }),
  listAppointmentRequests: operation({
    id: 'listAppointmentRequests',
    method: 'GET',
    path: paths.listAppointmentRequests,
    auth: 'staff',
    summary:
      'Appointment requests from patients (after a missed call, or from their portal) waiting for an answer',
    response: AppointmentRequestList,
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
