import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { StaffGroup } from '@clinicall/shared';

const issuer = 'clinicall-local';
const audience = 'clinicall';
const algorithm = 'ES256';

export interface StaffIdentity {
  /** A token with the claims a Cognito ID token carries: sub, email, name, cognito:groups. */
  issue(staff: { id: string; email: string; name: string; groups: readonly StaffGroup[] }): Promise<string>;
  /** The verified claims, or undefined for a missing, expired or forged token. */
  verify(token: string): Promise<JWTPayload | undefined>;
}

/**
 * The local twin of Cognito: an ES256 key pair kept in the data directory, so tokens survive a
 * restart and a token from another installation is rejected.
 */
export const localStaffIdentity = async (dataDir: string, lifetimeSeconds = 8 * 3600): Promise<StaffIdentity> => {
  const file = join(dataDir, 'signing-key.json');
  let jwk: JWK;
  if (existsSync(file)) {
    jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
    jwk = await exportJWK(privateKey);
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  const privateKey = await importJWK(jwk, algorithm);
  const { d: _private, ...publicJwk } = jwk;
  const publicKey = await importJWK(publicJwk, algorithm);
  return {
    issue: (staff) =>
      new SignJWT({ email: staff.email, name: staff.name, 'cognito:groups': [...staff.groups], token_use: 'id' })
        .setProtectedHeader({ alg: algorithm })
        .setSubject(staff.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .sign(privateKey),
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, publicKey, { issuer, audience, algorithms: [algorithm] });
        return payload;
      } catch {
        return undefined;
      }
    },
  };
};
