import { isMainThread } from 'node:worker_threads';
import { chmod, mkdir, readdir } from 'node:fs/promises';
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
