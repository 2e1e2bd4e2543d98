/**
 * The shape of every id, wherever one arrives (paths, bodies, session tokens). Clinicall makes
 * ids of 16 random bytes in base64url (22 characters, functions/src/adapters/ids.ts); the slack
 * admits seeded and imported ids. Far under DynamoDB's 2,048-byte key limit: a forged id is
 * refused before it reaches the store.
 */
export const idPattern = /^[A-Za-z0-9_-]{8,64}$/;
export const isId = (value: string): boolean => idPattern.test(value);

/** The shape of every secret token (links, sessions, tickets): 128 bits or more, base64url. */
export const tokenPattern = /^[A-Za-z0-9_-]{22,128}$/;

/**
 * The shape of a staff member's id (a token's subject): Cognito's UUIDs and the local accounts'
 * ids. At least one letter, no @ or +: an email address or a phone number is never one.
 */
export const staffIdPattern = /^(?=.*[A-Za-z])[A-Za-z0-9_.:-]{1,128}$/;
