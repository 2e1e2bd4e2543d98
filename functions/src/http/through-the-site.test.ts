import { GetSecretValueCommand, ResourceNotFoundException, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { operations } from '@clinicall/shared';
import { logger } from '../logger.ts';
import { route } from './route.ts';
import { originHeader, secretsManagerOrigins, throughTheSite, viewerAddressHeader } from './through-the-site.ts';

const secrets = mockClient(SecretsManagerClient);
const secretArn = 'arn:aws:secretsmanager:eu-west-2:111122223333:secret:clinicall-origin-AbCdEf';

const storeHolds = (current: string, previous?: string) => {
  secrets.reset();
  secrets.on(GetSecretValueCommand, { SecretId: secretArn, VersionStage: 'AWSCURRENT' }).resolves({ SecretString: current });
  const missing = new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret value for staging label: AWSPREVIOUS", $metadata: {} });
  if (previous) secrets.on(GetSecretValueCommand, { SecretId: secretArn, VersionStage: 'AWSPREVIOUS' }).resolves({ SecretString: previous });
  else secrets.on(GetSecretValueCommand, { SecretId: secretArn, VersionStage: 'AWSPREVIOUS' }).rejects(missing);
};

/** A route behind the check; it writes one log line. */
const api = (clock: { now: number }) => {
  let ran = 0;
  const handler = middy()
    .use(httpErrorHandler())
    .use(throughTheSite(secretsManagerOrigins(secretArn), () => clock.now))
    .handler(() => {
      ran += 1;
      logger.warn('route ran');
      return Promise.resolve({ statusCode: 200, body: '{}' });
    });
  const call = (headers: Record<string, string>) =>
    handler({ headers }, {} as never) as Promise<{ statusCode: number; body: string }>;
  return { call, ran: () => ran };
};

describe('only requests through the site reach a route', () => {
  beforeEach(() => storeHolds('current-secret-value-48-characters-long-000000'));

  it('refuses a request without the header, or with a wrong one, with 403 before the handler runs', async () => {
    const { call, ran } = api({ now: 0 });
    const missing = await call({});
    const wrong = await call({ [originHeader]: 'guessed' });
    expect([missing.statusCode, wrong.statusCode]).toEqual([403, 403]);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: 'forbidden' });
    expect(ran()).toBe(0);
  });

  it('lets the current secret through, reading it once for many requests', async () => {
    const { call, ran } = api({ now: 0 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    expect(ran()).toBe(20);
    // One read of each stage, whatever the burst.
    expect(secrets.commandCalls(GetSecretValueCommand).map((c) => c.args[0].input)).toEqual([
      { SecretId: secretArn, VersionStage: 'AWSCURRENT' },
      { SecretId: secretArn, VersionStage: 'AWSPREVIOUS' },
    ]);
  });

  it('during a rotation accepts the previous value too, and picks up a new value without a redeploy', async () => {
    const clock = { now: 0 };
    const { call } = api(clock);
    expect((await call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })).statusCode).toBe(200);

    storeHolds('rotated-secret-value-48-characters-long-111111', 'current-secret-value-48-characters-long-000000');
    // Within 30 s of the last read a wrong value is not worth another read.
    clock.now = 10_000;
    expect((await call({ [originHeader]: 'rotated-secret-value-48-characters-long-111111' })).statusCode).toBe(403);
    clock.now = 45_000;
    expect((await call({ [originHeader]: 'rotated-secret-value-48-characters-long-111111' })).statusCode).toBe(200);
    expect((await call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })).statusCode).toBe(200);
  });

  it('answers 500 when the secret cannot be read, and reads again on the next request', async () => {
    secrets.reset();
    secrets.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const { call } = api({ now: 0 });
    expect((await call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })).statusCode).toBe(500);
    expect(logged).toHaveBeenCalledWith('origin secret unreadable', expect.anything());
    logged.mockRestore();
    storeHolds('current-secret-value-48-characters-long-000000');
    expect((await call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })).statusCode).toBe(200);
  });

  it("puts the viewer's address on the request's log lines, and only on that request's", async () => {
    const lines: string[] = [];
    // The logger's own console (it writes to stdout as Lambda reads it).
    const out = (logger as unknown as { console: Console }).console;
    const write = vi.spyOn(out, 'warn').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
    try {
      const { call } = api({ now: 0 });
      const header = { [originHeader]: 'current-secret-value-48-characters-long-000000' };
      await call({ ...header, [viewerAddressHeader]: '203.0.113.7:51234' });
      await call(header);
    } finally {
      write.mockRestore();
    }
    const logged = lines.map((line) => JSON.parse(line) as { message: string; viewer?: string }).filter((l) => l.message === 'route ran');
    expect(logged.map((l) => l.viewer)).toEqual(['203.0.113.7:51234', undefined]);
  });
});

describe('every route of a deployment', () => {
  it('is behind the check once the CDK app names the secret', async () => {
    storeHolds('current-secret-value-48-characters-long-000000');
    process.env.CLINICALL_ORIGIN_SECRET_ARN = secretArn;
    try {
      const health = route(operations.health, () => Promise.resolve({ ok: true, mode: 'aws' }), { allowedOrigin: 'https://site.example' });
      const call = (headers: Record<string, string>) =>
        health({ headers, requestContext: {} } as never, {} as never) as Promise<{ statusCode: number }>;
      expect((await call({})).statusCode).toBe(403);
      expect((await call({ [originHeader]: 'current-secret-value-48-characters-long-000000' })).statusCode).toBe(200);
    } finally {
      delete process.env.CLINICALL_ORIGIN_SECRET_ARN;
    }
  });
});
