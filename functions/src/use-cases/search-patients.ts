import { DateOfBirth, normaliseMobile, type Patient, type Staff } from '@clinicall/shared';
import type { Dependencies } from '#ports';
import { searchKey } from '#adapters/dynamodb/patients';
import { requireGroup } from './staff-access.ts';

const maxResults = 50;

export type PatientQuery =
  | { readonly by: 'date-of-birth'; readonly dateOfBirth: string }
  | { readonly by: 'mobile'; readonly mobile: string }
  | { readonly by: 'name'; readonly words: readonly string[] };

/** What the receptionist typed: a date (YYYY-MM-DD or DD/MM/YYYY), a phone number, or names. */
export const interpretQuery = (text: string): PatientQuery => {
  const trimmed = text.trim();
  const ukDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = ukDate
    ? `${ukDate[3]}-${ukDate[2]!.padStart(2, '0')}-${ukDate[1]!.padStart(2, '0')}`
    : trimmed;
  if (DateOfBirth.safeParse(iso).success) return { by: 'date-of-birth', dateOfBirth: iso };
  const digits = trimmed.replace(/\D/g, '');
  if (/^[+\d\s()-]+$/.test(trimmed) && digits.length >= 7) {
    const mobile = normaliseMobile(trimmed);
    if (mobile) return { by: 'mobile', mobile };
  }
  const words = trimmed.split(/\s+/).map(searchKey).filter((word) => word.length > 0);
  return { by: 'name', words };
};

const maxLookups = 3;

/** The search keys of each name, whole and word by word: "Mary Ann" → maryann, mary, ann. */
const nameParts = (patient: Patient): string[] =>
  [patient.givenName, patient.familyName].flatMap((name) => [
    searchKey(name),
    ...name.split(/[\s-]+/).map(searchKey),
  ]);

const byName = (a: Patient, b: Patient) =>
  a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName);

/** The directory A–Z a page at a time. */
export const listPatients = async (
  { store }: Pick<Dependencies, 'store'>,
  staff: Staff,
  cursor?: string,
): Promise<{ patients: Patient[]; next?: string }> => {
  requireGroup(staff, 'clinician', 'admin');
  return store.patients.list(maxResults, cursor);
};

export const searchPatients = async (
  { store }: Pick<Dependencies, 'store'>,
  staff: Staff,
  text: string,
): Promise<Patient[]> => {
  requireGroup(staff, 'clinician', 'admin');
  const query = interpretQuery(text);
  switch (query.by) {
    case 'date-of-birth':
      return (await store.patients.findByDateOfBirth(query.dateOfBirth, maxResults)).sort(byName);
    case 'mobile':
      return (await store.patients.findByMobile(query.mobile, maxResults)).sort(byName);
    case 'name': {
      // The index knows how each name starts. Any word may be that start ("Jose Garcia" for
      // José Núñez-García), so look up the longest few words, which narrow the most.
      const lookups = [...new Set(query.words)]
        .filter((word) => word.length >= 2)
        .sort((a, b) => b.length - a.length)
        .slice(0, maxLookups);
      if (lookups.length === 0) return [];
      const found = await Promise.all(lookups.map((word) => store.patients.findByNamePrefix(word, maxResults * 4)));
      const candidates = new Map(found.flat().map((patient) => [patient.id, patient]));
      // Every word must start a name, or a word of one ("Ann" for Mary Ann, "Garcia" for Núñez-García).
      return [...candidates.values()]
        .filter((patient) => {
          const parts = nameParts(patient);
          return query.words.every((word) => parts.some((part) => part.startsWith(word)));
        })
        .sort(byName)
        .slice(0, maxResults);
    }
  }
};
