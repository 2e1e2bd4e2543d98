import * as z from './zod.ts';
import { Id, Instant } from './common.ts';
import { Appointment, AppointmentRequest, DirectCall } from './appointments.ts';
import { Consultation } from './consultations.ts';
import { Patient } from './patients.ts';

/** Everything held about one patient: their directory entry, call history (with outcomes), appointments, calls and requests. */
export const PatientExport = /* @__PURE__ */ z
  .object({
    exportedAt: Instant,
    patient: Patient,
    consultations: z
      .array(Consultation)
      .check(z.describe('The call history, newest first, each with its outcome')),
    appointments: z.array(Appointment),
    directCalls: z.array(DirectCall),
    appointmentRequests: z.array(AppointmentRequest),
  })
  .register(z.globalRegistry, { id: 'PatientExport' });
export type PatientExport = z.infer<typeof PatientExport>;

/** What erasing a patient removed. */
export const PatientErasure = /* @__PURE__ */ z
  .object({
    patientId: Id,
    erasedAt: Instant,
    consultations: z.int().check(z.gte(0)),
    appointments: z.int().check(z.gte(0)),
    directCalls: z.int().check(z.gte(0)),
    appointmentRequests: z.int().check(z.gte(0)),
  })
  .register(z.globalRegistry, { id: 'PatientErasure' });
export type PatientErasure = z.infer<typeof PatientErasure>;
