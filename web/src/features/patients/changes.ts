import type { Language, Patient } from '@clinicall/shared';
import { formatMobile } from '../../ui/format-patient.ts';

/** The changes the form asks for: only what differs from the record; an emptied field removes it. */
export const changesOf = (patient: Patient, form: { language: Language; mobile: string; email: string }) => {
  const changes: { language?: Language; mobile?: string | null; email?: string | null } = {};
  if (form.language !== patient.language) changes.language = form.language;
  const mobile = form.mobile.trim();
  if (mobile !== (patient.mobile ? formatMobile(patient.mobile) : '')) changes.mobile = mobile || null;
  const email = form.email.trim();
  if (email !== (patient.email ?? '')) changes.email = email || null;
  return changes;
};
