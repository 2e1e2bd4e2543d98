/**
 * The signed-in clinician's staff id: the token's subject, which is how the server names the
 * host and co-moderators. Used only to tell "me" in the list; the server decides what is allowed.
 */
export const ownStaffId = (token: string): string | undefined => {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      sub?: unknown;
    };
    return typeof payload.sub === 'string' ? payload.sub : undefined;
  } catch {
    return undefined;
  }
};
