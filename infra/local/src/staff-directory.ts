import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Staff, StaffGroup } from '@clinicall/shared';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

export interface StaffAccount {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly groups: readonly StaffGroup[];
  readonly salt: string;
  readonly hash: string;
}

export interface StaffDirectory {
  /** The account, when the password is right; the same work is done when the email is unknown. */
  signIn(email: string, password: string): Promise<StaffAccount | undefined>;
  /** The account an email address names (its id and roles), for the audit trail of sign-in attempts. */
  idOf(email: string): Pick<StaffAccount, 'id' | 'groups'> | undefined;
  /** Everyone who may host a consultation here, for the start-up repair of link timers. */
  staffIds(): readonly string[];
  /** Every account without its password, for the directory the API reads. */
  accounts(): readonly Staff[];
}

/**
 * One password at a time: scrypt runs on the same small thread pool as the database's disk
 * work, so a flood of sign-ins must queue here rather than starve every other request.
 */
let hashing: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const turn = hashing.then(work, work);
  hashing = turn.catch(() => undefined);
  return turn;
};

const hashPassword = async (password: string, salt: Buffer) =>
  (await oneAtATime(() => derive(password, salt, 32))).toString('base64');

export const newStaffAccount = async (
  details: Omit<StaffAccount, 'salt' | 'hash'>,
  password: string,
): Promise<StaffAccount> => {
  const salt = randomBytes(16);
  return { ...details, salt: salt.toString('base64'), hash: await hashPassword(password, salt) };
};

/** The local twin of the Cognito user pool: staff accounts in a file of the data directory. */
export const localStaffDirectory = async (
  dataDir: string,
  seed: (wanted?: (account: { id: string; email: string }) => boolean) => Promise<StaffAccount[]>,
): Promise<StaffDirectory> => {
  const file = join(dataDir, 'staff.json');
  if (!existsSync(file)) await writeFile(file, JSON.stringify(await seed(), null, 2), { mode: 0o600 });
  const accounts = JSON.parse(await readFile(file, 'utf8')) as StaffAccount[];
  // A demo account added by a later version (the meeting room member) joins an older directory once.
  const missing = await seed((demo) => !accounts.some((a) => a.id === demo.id || a.email.toLowerCase() === demo.email));
  if (missing.length > 0) {
    accounts.push(...missing);
    await writeFile(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  }
  const decoy = await newStaffAccount({ id: '', email: '', name: '', groups: [] }, randomBytes(16).toString('hex'));
  return {
    async signIn(email, password) {
      const account = accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
      const candidate = account ?? decoy;
      const hash = Buffer.from(await hashPassword(password, Buffer.from(candidate.salt, 'base64')), 'base64');
      const matches = timingSafeEqual(hash, Buffer.from(candidate.hash, 'base64'));
      return account && matches ? account : undefined;
    },
    idOf: (email) => {
      const account = accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
      return account && { id: account.id, groups: account.groups };
    },
    staffIds: () => accounts.map((a) => a.id),
    accounts: () => accounts.map(({ id, email, name, groups }) => ({ id, email, name, groups })),
  };
};
