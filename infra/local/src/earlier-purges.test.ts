import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { armEarlierPurgesOnce } from './data-directory.ts';

test('the earlier consultations are looked for once per data directory, and again after a start cut short', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'clinicall-purges-'));
  try {
    let looked = 0;
    const crashing = () => Promise.reject(new Error('killed part-way'));
    await expect(armEarlierPurgesOnce(dataDir, crashing)).rejects.toThrow('killed part-way');
    await armEarlierPurgesOnce(dataDir, () => Promise.resolve(looked++));
    await armEarlierPurgesOnce(dataDir, () => Promise.resolve(looked++));
    expect(looked).toBe(1);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
