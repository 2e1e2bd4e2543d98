import type { Encounter, EncounterParticipant } from '@medplum/fhirtypes';
import type { ParticipantRole } from './call-types.ts';
import { DomainError } from './errors.ts';
import { videoConsultationCoding } from './outcome.ts';
import type { Consultation, Participant } from './schemas/consultations.ts';

export type { Encounter } from '@medplum/fhirtypes';

const actCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const participationType = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/** How each kind of participant takes part, in HL7 v3 ParticipationType codes. */
const participation: Partial<Record<ParticipantRole, { code: string; display: string }>> = {
  clinician: { code: 'PPRF', display: 'primary performer' },
  colleague: { code: 'SPRF', display: 'secondary performer' },
  interpreter: { code: 'TRANS', display: 'Translator' },
  'support-person': { code: 'ESC', display: 'escort' },
};

const individualOf = (participant: Participant) =>
  participant.staffId
    ? { reference: `Practitioner/${participant.staffId}`, display: participant.displayName }
    : { display: participant.displayName };

/**
 * A completed consultation as a FHIR R4 Encounter: finished, class VR (virtual), typed SNOMED CT
 * 719410009 "Consultation via video conference", with its period, people and patient.
 */
export const toEncounter = (consultation: Consultation): Encounter => {
  if (consultation.status !== 'ended' || consultation.outcome?.result !== 'completed' || !consultation.endedAt) {
    throw new DomainError('not-found', 'A FHIR Encounter is recorded only for a completed consultation.');
  }
  const patient = consultation.participants.find((p) => p.role === 'patient');
  const participants: EncounterParticipant[] = consultation.participants.flatMap((p) => {
    const type = participation[p.role];
    return type ? [{ type: [{ coding: [{ system: participationType, ...type }] }], individual: individualOf(p) }] : [];
  });
  return {
    resourceType: 'Encounter',
    id: consultation.id,
    identifier: [{ system: 'urn:clinicall:consultation', value: consultation.id }],
    status: 'finished',
    class: { system: actCode, code: 'VR', display: 'virtual' },
    type: [{ coding: [videoConsultationCoding], text: videoConsultationCoding.display }],
    ...(patient && {
      subject: consultation.patientId
        ? { reference: `Patient/${consultation.patientId}`, display: patient.displayName }
        : { display: patient.displayName },
    }),
    participant: participants,
    period: { start: consultation.startedAt ?? consultation.createdAt, end: consultation.endedAt },
  };
};
