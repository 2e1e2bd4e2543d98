import { describe, expect, test } from 'vitest';
import { DomainError } from './errors.ts';
import { type Encounter, toEncounter } from './encounter.ts';
import type { Consultation } from './schemas/consultations.ts';

const at = (minute: number) => `2026-11-21T10:${String(minute).padStart(2, '0')}:00.000Z`;

const completed: Consultation = {
  id: 'consultation-0001',
  type: 'consult-now',
  status: 'ended',
  hostId: 'staff-1',
  hostName: 'Dr Sam Carter',
  patientId: 'patient-alex-example',
  createdAt: at(0),
  startedAt: at(2),
  endedAt: at(17),
  participants: [
    { id: 'p-host-0001', role: 'clinician', displayName: 'Dr Sam Carter', state: 'left', staffId: 'staff-1', updatedAt: at(17) },
    { id: 'p-patient-01', role: 'patient', displayName: 'Alex Example', state: 'left', patientId: 'patient-alex-example', updatedAt: at(17) },
    { id: 'p-interp-001', role: 'interpreter', displayName: 'Ines', state: 'left', updatedAt: at(17) },
  ],
  links: [],
  outcome: {
    result: 'completed',
    technicalProblems: false,
    coding: { system: 'http://snomed.info/sct', code: '719410009', display: 'Consultation via video conference' },
    recordedAt: at(17),
    recordedBy: 'staff-1',
  },
};

/** The FHIR R4 rules an Encounter must meet (cardinalities, value sets, data types) that apply here. */
const r4Problems = (resource: Encounter): string[] => {
  const problems: string[] = [];
  const uri = /^[a-z][a-z0-9+.-]*:\S+$/i;
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const id = /^[A-Za-z0-9\-.]{1,64}$/;
  const statuses = ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'];
  const checkCoding = (where: string, coding: { system?: string; code?: string } | undefined) => {
    if (!coding?.system || !uri.test(coding.system)) problems.push(`${where}.system must be a URI`);
    if (!coding?.code || /\s{2,}|^\s|\s$/.test(coding.code)) problems.push(`${where}.code must be a code`);
  };
  if (resource.resourceType !== 'Encounter') problems.push('resourceType');
  if (resource.id !== undefined && !id.test(resource.id)) problems.push('id');
  if (!statuses.includes(resource.status)) problems.push('status (1..1, required value set)');
  checkCoding('class', resource.class);
  if (resource.class.system !== 'http://terminology.hl7.org/CodeSystem/v3-ActCode') problems.push('class from v3-ActCode');
  resource.type?.forEach((type, i) => type.coding?.forEach((c, j) => checkCoding(`type[${i}].coding[${j}]`, c)));
  resource.participant?.forEach((p, i) => {
    p.type?.forEach((t, j) => t.coding?.forEach((c, k) => checkCoding(`participant[${i}].type[${j}].coding[${k}]`, c)));
    if (p.individual?.reference && !/^(Practitioner|PractitionerRole|RelatedPerson)\/[A-Za-z0-9\-.]{1,64}$/.test(p.individual.reference)) {
      problems.push(`participant[${i}].individual.reference`);
    }
  });
  if (resource.subject?.reference && !/^(Patient|Group)\/[A-Za-z0-9\-.]{1,64}$/.test(resource.subject.reference)) problems.push('subject.reference');
  const { start, end } = resource.period ?? {};
  if (start && !dateTime.test(start)) problems.push('period.start must be a dateTime with a zone');
  if (end && !dateTime.test(end)) problems.push('period.end must be a dateTime with a zone');
  if (start && end && Date.parse(start) > Date.parse(end)) problems.push('period: start after end (per-1)');
  return problems;
};

describe('a completed consultation as a FHIR R4 Encounter', () => {
  const encounter = toEncounter(completed);

  test('meets the R4 rules', () => {
    expect(r4Problems(encounter)).toEqual([]);
  });

  test('is finished, virtual (v3-ActCode VR), typed SNOMED CT 719410009, for the patient, over the call’s period', () => {
    expect(encounter.status).toBe('finished');
    expect(encounter.class).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR' });
    expect(encounter.type?.[0]?.coding?.[0]).toEqual({
      system: 'http://snomed.info/sct',
      code: '719410009',
      display: 'Consultation via video conference',
    });
    expect(encounter.subject).toEqual({ reference: 'Patient/patient-alex-example', display: 'Alex Example' });
    expect(encounter.period).toEqual({ start: at(2), end: at(17) });
  });

  test('names the clinician as primary performer and the interpreter as translator', () => {
    const codes = encounter.participant?.map((p) => [p.individual?.display, p.type?.[0]?.coding?.[0]?.code]);
    expect(codes).toEqual([
      ['Dr Sam Carter', 'PPRF'],
      ['Ines', 'TRANS'],
    ]);
    expect(encounter.participant?.[0]?.individual?.reference).toBe('Practitioner/staff-1');
  });

  test('the checker itself catches broken resources', () => {
    const broken = { ...encounter, status: 'done', class: { code: 'VR' }, period: { start: at(17), end: at(2) } } as unknown as Encounter;
    expect(r4Problems(broken)).toEqual(
      expect.arrayContaining(['status (1..1, required value set)', 'class.system must be a URI', 'period: start after end (per-1)']),
    );
  });

  test('is refused for a consultation that was not completed', () => {
    const unsuccessful: Consultation = { ...completed, outcome: { ...completed.outcome!, result: 'unsuccessful' } };
    expect(() => toEncounter(unsuccessful)).toThrow(DomainError);
    expect(() => toEncounter({ ...completed, status: 'in-progress' })).toThrow(DomainError);
  });
});
