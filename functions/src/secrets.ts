import { createHash, timingSafeEqual } from 'node:crypto';

/** Tokens are stored only as this: SHA-256, base64url. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export const sameHash = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

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
  if (version !== 'p1' || !consultationId || !participantId || !secret || rest.length > 0) return undefined;
  return { consultationId, participantId, secret };
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
  if (version !== 'pp1' || !patientId || !deviceId || !secret || rest.length > 0) return undefined;
  return { patientId, deviceId, secret };
};
