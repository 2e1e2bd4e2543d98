import * as z from './zod.ts';
import type { StaffGroup } from '../staff-groups.ts';
import { Email } from './common.ts';

/** What a staff token says about its holder: the same claims from Cognito and the local sign-in. */
export interface Staff {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly groups: readonly StaffGroup[];
}

export const SignIn = /* @__PURE__ */ z
  .strictObject({
    email: Email,
    password: z.string().check(z.minLength(1, 'Enter your password.'), z.maxLength(200)),
  })
  .register(z.globalRegistry, { id: 'SignIn' });

export const SignedIn = /* @__PURE__ */ z
  .object({ token: z.string() })
  .register(z.globalRegistry, { id: 'SignedIn' });
