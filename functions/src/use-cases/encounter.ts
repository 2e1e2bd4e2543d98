import { type Consultation, type Encounter, type Staff, toEncounter } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { toConsultationView } from '../consultation/record.ts';
import { hostedBy } from './host-consultation.ts';

/** A FHIR Bundle of a group consultation's encounters, one per patient. */
export interface EncounterBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly identifier: { readonly system: string; readonly value: string };
  readonly entry: { readonly resource: Encounter }[];
}

/**
 * A completed consultation's FHIR R4 Encounters: one for most types; for a group consultation
 * one per patient on record who was let in (each with the moderators as performers). Its id is
 * the consultation's with the patient's place in the list, so each is unique and stays short.
 */
export const encountersOf = (view: Consultation): Encounter[] => {
  if (view.type !== 'group-consultation') return [toEncounter(view)];
  const moderators = view.participants
    .filter((p) => p.staffId)
    .map((p) => (p.role === 'moderator' ? { ...p, role: 'colleague' as const } : p));
  const attended = view.participants.filter((p) => p.role === 'patient' && p.patientId && p.admittedAt);
  return attended.map((patient, i) => ({
    ...toEncounter({ ...view, patientId: patient.patientId, participants: [patient, ...moderators] }),
    id: `${view.id}-${i + 1}`,
  }));
};

/** GET …/encounter: the FHIR R4 Encounter of a completed consultation; a Bundle of them for a group consultation. */
export const encounterOf = async (deps: Pick<Dependencies, 'store'>, staff: Staff, id: string): Promise<Encounter | EncounterBundle> => {
  const view = toConsultationView(await hostedBy(deps, staff, id));
  if (view.type !== 'group-consultation') return toEncounter(view);
  // Refused as for any consultation not completed.
  toEncounter(view);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    identifier: { system: 'urn:clinicall:consultation', value: view.id },
    entry: encountersOf(view).map((resource) => ({ resource })),
  };
};
