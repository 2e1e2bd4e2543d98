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
      // The longest word narrows the index query most; every word must start a name part.
      const [longest] = [...query.words].sort((a, b) => b.length - a.length);
      if (!longest || longest.length < 2) return [];
      const candidates = await store.patients.findByNamePrefix(longest, maxResults * 4);
      return candidates
        .filter((patient) => {
          const parts = [searchKey(patient.givenName), searchKey(patient.familyName)];
          return query.words.every((word) => parts.some((part) => part.startsWith(word)));
        })
        .sort(byName)
        .slice(0, maxResults);
    }
  }
};
