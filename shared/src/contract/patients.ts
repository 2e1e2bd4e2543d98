import { paths } from '../paths.ts';
import { NewPatient, PatientChanges } from '../schemas/patient-entry.ts';
import { PatientErasure, PatientExport } from '../schemas/patient-rights.ts';
import { Patient, PatientList, PatientPath, PatientSearch } from '../schemas/patients.ts';
import { type Operation, operation } from './operation.ts';

/** The patient directory. */
export const patientOperations = {
  createPatient: operation({
    id: 'createPatient',
    method: 'POST',
    path: paths.createPatient,
    auth: 'staff',
    summary: 'Add a patient to the directory',
    body: NewPatient,
    response: Patient,
    status: 201,
  }),
  searchPatients: operation({
    id: 'searchPatients',
    method: 'GET',
    path: paths.searchPatients,
    auth: 'staff',
    summary:
      'The directory A–Z a page at a time, or the patients matching a name, a date of birth (YYYY-MM-DD or DD/MM/YYYY) or a mobile number',
    query: PatientSearch,
    response: PatientList,
    status: 200,
  }),
  getPatient: operation({
    id: 'getPatient',
    method: 'GET',
    path: paths.getPatient,
    auth: 'staff',
    summary: 'One patient',
    params: PatientPath,
    response: Patient,
    status: 200,
  }),
  updatePatient: operation({
    id: 'updatePatient',
    method: 'PATCH',
    path: paths.updatePatient,
    auth: 'staff',
    summary: 'Change a patient’s language, mobile number or email address (null removes a number or address)',
    params: PatientPath,
    body: PatientChanges,
    response: Patient,
    status: 200,
  }),
  exportPatient: operation({
    id: 'exportPatient',
    method: 'GET',
    path: paths.exportPatient,
    auth: 'staff',
    summary:
      'Everything held about one patient, as JSON: directory entry, call history with outcomes, appointments, direct calls and appointment requests (clinicians and administrators)',
    params: PatientPath,
    response: PatientExport,
    status: 200,
  }),
  erasePatient: operation({
    id: 'erasePatient',
    method: 'POST',
    path: paths.erasePatient,
    auth: 'staff',
    summary:
      'Erase a patient: their directory entry, appointments, direct calls, requests and call history go (administrators only). 409 while a consultation of theirs is open; a failed erasure is finished by asking again',
    params: PatientPath,
    response: PatientErasure,
    status: 200,
  }),
} as const satisfies Record<string, Operation>;
