import { patientOperations } from '@clinicall/shared/contract/patients';
import { addPatient } from '#use-cases/add-patient';
import { getPatient } from '#use-cases/get-patient';
import { listPatients, searchPatients } from '#use-cases/search-patients';
import { updatePatient } from '#use-cases/update-patient';
import { onAws } from '../composition/aws.ts';
import { staffOf } from '../http/route.ts';
import { apiRoute } from '../http/route-options.ts';
import type { RouteFactory } from '../http/route-factory.ts';

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
} satisfies Record<string, RouteFactory>;

export const { add, search, get, update } = onAws.all(factories);
