import { createHash, timingSafeEqual } from 'node:crypto';
import { isId, tokenPattern } from '@clinicall/shared';

/** Tokens are stored only as this: SHA-256, base64url. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export const sameHash = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** Ids and secret of a session token, each of its shape: a forged one never reaches the store. */
const wellFormed = (first: string | undefined, second: string | undefined, secret: string | undefined) =>
  first !== undefined && second !== undefined && secret !== undefined && isId(first) && isId(second) && tokenPattern.test(secret);

/** A participant session lasts the working day, whatever happens to the consultation. */
const participantSessionHours = 12;

/** A new participant session: its secret (for the token) and what the participant keeps of it (its hash, its end). */
export const newSessionGrant = (secret: string, now: Date) => ({
  sessionHash: hashSecret(secret),
  sessionExpiresAt: new Date(now.getTime() + participantSessionHours * 3_600_000).toISOString(),
});

/**
 * A participant session: `p1.<consultationId>.<participantId>.<secret>`. The ids say where to
 * look; only the secret's hash, kept on the participant, makes it valid.
 */
export const sessionToken = (consultationId: string, participantId: string, secret: string) =>
  `p1.${consultationId}.${participantId}.${secret}`;

export const parseSessionToken = (
  token: string,
): { consultationId: string; participantId: string; secret: string } | undefined => {
  const [version, consultationId, participantId, secret, ...rest] = token.split('.');
  if (version !== 'p1' || rest.length > 0 || !wellFormed(consultationId, participantId, secret)) return undefined;
  return { consultationId: consultationId!, participantId: participantId!, secret: secret! };
};

/**
 * A patient portal session (a remembered device): `pp1.<patientId>.<deviceId>.<secret>`. The
 * ids say which device record to read; only the secret's hash, kept there, makes it valid.
 */
export const portalSessionToken = (patientId: string, deviceId: string, secret: string) =>
  `pp1.${patientId}.${deviceId}.${secret}`;

export const parsePortalSessionToken = (
  token: string,
): { patientId: string; deviceId: string; secret: string } | undefined => {
  const [version, patientId, deviceId, secret, ...rest] = token.split('.');
  if (version !== 'pp1' || rest.length > 0 || !wellFormed(patientId, deviceId, secret)) return undefined;
  return { patientId: patientId!, deviceId: deviceId!, secret: secret! };
};
