import { afterAll, expect, test } from 'vitest';
import { apiClient } from '../infra/local/src/testing/local-api.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

const started: RunningClinicall[] = [];
afterAll(async () => {
  for (const clinicall of started) await clinicall.stop('SIGKILL');
  if (started[0]) await removeDataDir(started[0].dataDir);
});

test('a pending link expiry survives SIGKILL: after a restart the link still expires on time', async () => {
  const env = { CLINICALL_LINK_TTL_SECONDS: '4' };
  const first = await startClinicall(env);
  started.push(first);
  const api = apiClient(first.url);
  const staff = await api.signIn();
  const sent = await api.request<{ consultation: { id: string }; link: { expiresAt: string } }>('/api/consult-now', {
    token: staff,
    json: { patientId: 'patient-alex-example' },
  });
  expect(sent.status).toBe(201);
  const { token } = await api.latestLink();

  // Killed mid-wait: no chance to tidy up.
  expect(await first.stop('SIGKILL')).toBe(null);
  const second = await startClinicall(env, first.dataDir);
  started.push(second);
  const again = apiClient(second.url);
  const staffAgain = await again.signIn();

  const dueAt = Date.parse(sent.body.link.expiresAt);
  await expect
    .poll(
      async () =>
        (await again.request<{ status: string }>(`/api/consultations/${sent.body.consultation.id}`, { token: staffAgain })).body.status,
      { timeout: 10_000, interval: 200 },
    )
    .toBe('cancelled');
  // On time: not before it was due, and within a couple of seconds after.
  expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
  expect(Date.now() - dueAt).toBeLessThan(3_000);
  expect((await again.request('/api/join', { json: { token } })).body).toMatchObject({ error: 'link-expired' });

  // Neither run wrote the link token to its logs.
  expect(first.output() + second.output()).not.toContain(token);
});
