import * as z from './zod.ts';
import { Email } from './common.ts';

export const staffGroups = ['clinician', 'admin', 'meeting-room-member'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** What a staff token says about its holder: the same claims from Cognito and the local sign-in. */
export interface Staff {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly groups: readonly StaffGroup[];
}

export const SignIn = z
  .strictObject({ email: Email, password: z.string().min(1, 'Enter your password.').max(200) })
  .meta({ id: 'SignIn' });

export const SignedIn = z.object({ token: z.string() }).meta({ id: 'SignedIn' });
