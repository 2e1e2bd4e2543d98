import { randomBytes } from 'node:crypto';
import type { Ids } from '#ports';

/**
 * 16 random bytes for ids (not secrets) and 32 for tokens (secrets), both base64url: they fit
 * `idPattern` and `tokenPattern` (shared/src/schemas/common.ts), which every route checks.
 */
export const cryptoIds: Ids = {
  id: () => randomBytes(16).toString('base64url'),
  token: () => randomBytes(32).toString('base64url'),
};
