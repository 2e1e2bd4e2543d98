import { operations } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { addPatient } from '#use-cases/add-patient';
import { getPatient } from '#use-cases/get-patient';
import { listPatients, searchPatients } from '#use-cases/search-patients';
import { updatePatient } from '#use-cases/update-patient';
import { onAws } from '../composition/aws.ts';
import { route, staffOf } from '../http/route.ts';
import { routeOptions } from '../http/route-options.ts';

const createAdd = (deps: Dependencies) =>
  route(operations.createPatient, ({ caller, body }) => addPatient(deps, staffOf(caller), body), routeOptions(deps));

const createSearch = (deps: Dependencies) =>
  route(operations.searchPatients, async ({ caller, query }) =>
    query.query === undefined
      ? listPatients(deps, staffOf(caller), query.cursor)
      : { patients: await searchPatients(deps, staffOf(caller), query.query) },
    routeOptions(deps),
  );

const createGet = (deps: Dependencies) =>
  route(operations.getPatient, ({ caller, params }) => getPatient(deps, staffOf(caller), params.id), routeOptions(deps));

const createUpdate = (deps: Dependencies) =>
  route(operations.updatePatient, ({ caller, params, body }) => updatePatient(deps, staffOf(caller), params.id, body), routeOptions(deps));

export const factories = { add: createAdd, search: createSearch, get: createGet, update: createUpdate };
export const { add, search, get, update } = onAws.all(factories);
