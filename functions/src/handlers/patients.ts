import { patientOperations } from '@clinicall/shared/contract/patients';
import { addPatient } from '#use-cases/add-patient';
import { erasePatient } from '#use-cases/erase-patient';
import { exportPatient } from '#use-cases/export-patient';
import { getPatient } from '#use-cases/get-patient';
import { listPatients, searchPatients } from '#use-cases/search-patients';
import { updatePatient } from '#use-cases/update-patient';
import { type AwsAdapters, onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable } from '#adapters/dynamodb/store';

/** The patient directory. */
export const factories = {
  add: apiRoute(patientOperations.createPatient, { tables: { patients: 'write' } }, (deps, { caller, body }) =>
    addPatient(deps, staffOf(caller), body),
  ),
  search: apiRoute(
    patientOperations.searchPatients,
    { tables: { patients: 'read' } },
    async (deps, { caller, query }) =>
      query.query === undefined
        ? listPatients(deps, staffOf(caller), query.cursor)
        : { patients: await searchPatients(deps, staffOf(caller), query.query) },
  ),
  get: apiRoute(patientOperations.getPatient, { tables: { patients: 'read' } }, (deps, { caller, params }) =>
    getPatient(deps, staffOf(caller), params.id),
  ),
  update: apiRoute(
    patientOperations.updatePatient,
    { tables: { patients: 'write' } },
    (deps, { caller, params, body }) => updatePatient(deps, staffOf(caller), params.id, body),
  ),
  // A subject access request: the directory entry, the call history and the appointment book, read.
  exportData: apiRoute(
    patientOperations.exportPatient,
    { tables: { patients: 'read', consultations: 'read', appointments: 'read' } },
    (deps, { caller, params }) => exportPatient(deps, staffOf(caller), params.id),
  ),
  // Erasing deletes from every table that holds the patient: link pointers and portal access in `access` too.
  erase: apiRoute(
    patientOperations.erasePatient,
    { tables: { patients: 'write', consultations: 'write', appointments: 'write', access: 'write' } },
    (deps, { caller, params }) => erasePatient(deps, staffOf(caller), params.id),
  ),
} satisfies Record<string, RouteFactory>;

/** The tables its routes touch. */
export const awsAdapters: AwsAdapters = { tables: [accessTable, appointmentsTable, auditTable, consultationsTable, patientsTable] };

export const { add, search, get, update, exportData, erase } = onAws.all(factories, awsAdapters);
