import { Email, Mobile } from '@clinicall/shared';

export type InviteRole = 'interpreter' | 'support-person' | 'colleague';

/** Who the host can invite (their words are the `call` catalog's roles). */
export const inviteRoles: readonly InviteRole[] = ['interpreter', 'support-person', 'colleague'];

/** What to fix; the words are the `call` catalog's `invite.problems`. */
export type InviteProblem =
  | 'role-missing'
  | 'destination-missing'
  | 'name-invalid'
  | 'email-invalid'
  | 'mobile-invalid';

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
  | {
      readonly ok: false;
      readonly field: 'role' | 'destination' | 'displayName';
      readonly problem: InviteProblem;
    };

/** The request body, checked with the API's own rules: an email by its @, otherwise a mobile number. */
export const inviteRequest = (choice: InviteChoice): InviteAnswer => {
  if (!choice.role) return { ok: false, field: 'role', problem: 'role-missing' };
  const destination = choice.destination.trim();
  if (!destination) {
    return { ok: false, field: 'destination', problem: 'destination-missing' };
  }
  const name = choice.displayName.trim();
  if (name.length > 100 || /[<>{}\\]/.test(name)) {
    return { ok: false, field: 'displayName', problem: 'name-invalid' };
  }
  const base = {
    role: choice.role,
    admitOnArrival: choice.admitOnArrival,
    ...(name && { displayName: name }),
  };
  if (destination.includes('@')) {
    const email = Email.safeParse(destination);
    if (!email.success) return { ok: false, field: 'destination', problem: 'email-invalid' };
    return { ok: true, body: { ...base, email: email.data, channel: 'email' } };
  }
  // Read as the patient form and the API read it: a local number in the organisation's country.
  const mobile = Mobile.safeParse(destination);
  if (!mobile.success) {
    return { ok: false, field: 'destination', problem: 'mobile-invalid' };
  }
  return { ok: true, body: { ...base, mobile: mobile.data, channel: 'sms' } };
};
