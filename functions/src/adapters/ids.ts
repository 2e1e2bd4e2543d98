import { randomBytes } from 'node:crypto';
import type { Ids } from '#ports';

/** 16 random bytes for ids (not secrets) and 32 for tokens (secrets), both base64url. */
export const cryptoIds: Ids = {
  id: () => randomBytes(16).toString('base64url'),
  token: () => randomBytes(32).toString('base64url'),
};
