import type { Language, Patient } from '@clinicall/shared';
import type { Store } from '@clinicall/functions/ports';
import { newStaffAccount, type StaffAccount } from './staff-directory.ts';

export const demoPatient: Omit<Patient, 'createdAt' | 'language'> = {
  id: 'patient-alex-example',
  givenName: 'Alex',
  familyName: 'Example',
  dateOfBirth: '1980-04-12',
  mobile: '+447700900123',
  email: 'alex@example.org',
};

const demoAccounts: readonly Omit<StaffAccount, 'salt' | 'hash'>[] = [
  { id: 'staff-clinician-demo', email: 'clinician@example.org', name: 'Dr Sam Carter', groups: ['clinician'] },
  { id: 'staff-admin-demo', email: 'admin@example.org', name: 'Robin Admin', groups: ['admin'] },
  { id: 'staff-member-demo', email: 'member@example.org', name: 'Kim Member', groups: ['meeting-room-member'] },
];

/** The demo accounts `wanted` keeps (all of them on a first start), each with the demo password. */
export const demoStaff = (password: string, wanted: (account: { id: string; email: string }) => boolean = () => true): Promise<StaffAccount[]> =>
  Promise.all(demoAccounts.filter(wanted).map((account) => newStaffAccount(account, password)));

/** First start only: the demo patient, in the organisation's language (a restart finds it and leaves every record alone). */
export const seedPatients = async (store: Store, now: Date, language: Language = 'en'): Promise<void> => {
  if (await store.patients.get(demoPatient.id)) return;
  await store.patients.add({ ...demoPatient, language, createdAt: now.toISOString() });
};
