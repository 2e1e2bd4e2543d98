import * as z from './zod.ts';
import { Id, Instant } from './common.ts';
import { Appointment, AppointmentRequest, DirectCall } from './appointments.ts';
import { Consultation } from './consultations.ts';
import { Patient } from './patients.ts';

/** Everything held about one patient: their directory entry, call history (with outcomes), appointments, calls and requests. */
export const PatientExport = z
  .object({
    exportedAt: Instant,
    patient: Patient,
    consultations: z.array(Consultation).describe('The call history, newest first, each with its outcome'),
    appointments: z.array(Appointment),
    directCalls: z.array(DirectCall),
    appointmentRequests: z.array(AppointmentRequest),
  })
  .meta({ id: 'PatientExport' });
export type PatientExport = z.infer<typeof PatientExport>;

/** What erasing a patient removed. */
export const PatientErasure = z
  .object({
    patientId: Id,
    erasedAt: Instant,
    consultations: z.int().min(0),
    appointments: z.int().min(0),
    directCalls: z.int().min(0),
    appointmentRequests: z.int().min(0),
  })
  .meta({ id: 'PatientErasure' });
export type PatientErasure = z.infer<typeof PatientErasure>;
