import { type Encounter, type Staff, toEncounter } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { toConsultationView } from '../consultation/record.ts';
import { hostedBy } from './host-consultation.ts';

/** GET …/encounter: the FHIR R4 Encounter of a completed consultation. */
export const encounterOf = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string): Promise<Encounter> =>
  toEncounter(toConsultationView(await hostedBy(deps, staff, id)));
