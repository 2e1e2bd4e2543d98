import { isMainThread } from 'node:worker_threads';
import { access, chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The data directory holds patients, live links and the signing key: only its owner may read
 * it. Folders 0700, files 0600 — also for a directory made by an earlier version or by hand,
 * and for whatever the database creates later (the process's umask, where it may be set).
 */
export const protectDataDirectory = async (dataDir: string): Promise<void> => {
  // A worker thread (the test runner) may not change the umask; the runtime's own process does.
  if (isMainThread) process.umask(0o077);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await restrict(dataDir);
};

const restrict = async (dir: string): Promise<void> => {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await restrict(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
};

/**
 * Consultations kept by a version that did not yet forget contact details after a call get their
 * purge armed once per data directory: finding them reads the whole call history, which every
 * start after the first would do for nothing. Marked done only after `arm` finishes, so a crash
 * part-way arms the rest on the next start (arming is idempotent).
 */
export const armEarlierPurgesOnce = async (dataDir: string, arm: () => Promise<unknown>): Promise<void> => {
  const done = join(dataDir, 'earlier-purges-armed');
  if (await access(done).then(() => true, () => false)) return;
  await arm();
  await writeFile(done, '', { mode: 0o600 });
};
