import { Email, Mobile } from '@clinicall/shared';

export type InviteRole = 'interpreter' | 'support-person' | 'colleague';

export const inviteRoles: readonly { readonly value: InviteRole; readonly label: string }[] = [
  { value: 'interpreter', label: 'Interpreter' },
  { value: 'support-person', label: 'Support person' },
  { value: 'colleague', label: 'Colleague' },
];

export interface InviteChoice {
  readonly role: InviteRole | undefined;
  /** A mobile number (as dialled in the organisation's country, or with its country code), or an email address. */
  readonly destination: string;
  readonly displayName: string;
  readonly admitOnArrival: boolean;
}

export interface InviteBody {
  readonly role: InviteRole;
  readonly mobile?: string;
  readonly email?: string;
  readonly channel: 'sms' | 'email';
  readonly displayName?: string;
  readonly admitOnArrival: boolean;
}

export type InviteAnswer =
  | { readonly ok: true; readonly body: InviteBody }
  | { readonly ok: false; readonly field: 'role' | 'destination' | 'displayName'; readonly problem: string };

/** The request body, checked with the API's own rules: an email by its @, otherwise a mobile number. */
export const inviteRequest = (choice: InviteChoice): InviteAnswer => {
  if (!choice.role) return { ok: false, field: 'role', problem: 'Choose who you are inviting.' };
  const destination = choice.destination.trim();
  if (!destination) {
    return { ok: false, field: 'destination', problem: 'Enter a mobile number with its country code, or an email address.' };
  }
  const name = choice.displayName.trim();
  if (name.length > 100 || /[<>{}\\]/.test(name)) {
    return { ok: false, field: 'displayName', problem: 'Names can be at most 100 characters, without <, >, {, } or \\.' };
  }
  const base = { role: choice.role, admitOnArrival: choice.admitOnArrival, ...(name && { displayName: name }) };
  if (destination.includes('@')) {
    const email = Email.safeParse(destination);
    if (!email.success) return { ok: false, field: 'destination', problem: email.error.issues[0]?.message ?? 'Check the email address.' };
    return { ok: true, body: { ...base, email: email.data, channel: 'email' } };
  }
  // Read as the patient form and the API read it: a local number in the organisation's country.
  const mobile = Mobile.safeParse(destination);
  if (!mobile.success) {
    return { ok: false, field: 'destination', problem: mobile.error.issues[0]?.message ?? 'That is not a mobile number.' };
  }
  return { ok: true, body: { ...base, mobile: mobile.data, channel: 'sms' } };
};
