import { type Staff, type StaffGroup, staffGroups, staffIdPattern } from '@clinicall/shared';

type Claims = Readonly<Record<string, unknown>>;

/**
 * Cognito puts groups in `cognito:groups`; API Gateway's JWT authorizer hands arrays over as a
 * string like "[clinician admin]". Accept both shapes, keep only groups we know.
 */
const groupsOf = (value: unknown): StaffGroup[] => {
  const raw = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.replace(/^\[|\]$/g, '').split(/[\s,]+/)
      : [];
  return raw.filter((group): group is StaffGroup => (staffGroups as readonly string[]).includes(group));
};

/** The staff member the verified token names, or undefined when the claims are incomplete. */
export const staffFromClaims = (claims: Claims | undefined): Staff | undefined => {
  const id = claims?.sub;
  const email = claims?.email;
  // A subject that is not an id is not a token of ours (and could not be recorded in the audit trail).
  if (typeof id !== 'string' || !staffIdPattern.test(id) || typeof email !== 'string') return undefined;
  const groups = groupsOf(claims?.['cognito:groups']);
  if (groups.length === 0) return undefined;
  const name = typeof claims?.name === 'string' ? claims.name : email;
  return { id, email, name, groups };
};
