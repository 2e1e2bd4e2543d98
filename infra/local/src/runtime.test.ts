import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Runtime, startRuntime } from './runtime.ts';
import { localStaffIdentity } from './staff-identity.ts';

const password = 'correct horse battery staple';
const indexHtml = '<!doctype html><html><head><title>Clinicall test</title></head><body><div id="root"></div></body></html>';

let dataDir: string;
let siteRoot: string;
let runtime: Runtime;
let token: string;

const start = () => startRuntime({ port: 0, dataDir, siteRoot, demoPassword: password });

const api = (path: string, init: RequestInit & { token?: string; json?: unknown } = {}) => {
  const { token: bearer, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  if (json !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${runtime.url}${path}`, { ...rest, headers, ...(json !== undefined && { body: JSON.stringify(json) }) });
};

const signIn = (email: string, secret: string) =>
  api('/api/local/sign-in', { method: 'POST', json: { email, password: secret } });

/** A refusal: the status, JSON, and the `{error, message}` body. */
const expectError = async (response: Response, status: number, code: string) => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error: unknown; message: unknown };
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe('string');
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'clinicall-runtime-'));
  siteRoot = await mkdtemp(join(tmpdir(), 'clinicall-site-'));
  await writeFile(join(siteRoot, 'index.html'), indexHtml);
  runtime = await start();
  const response = await signIn('clinician@example.org', password);
  expect(response.status).toBe(200);
  token = ((await response.json()) as { token: string }).token;
});

afterAll(async () => {
  await runtime.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(siteRoot, { recursive: true, force: true });
});

describe('the local runtime', () => {
  it('answers health as the local mode', async () => {
    const response = await api('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, mode: 'local' });
  });

  it('signs staff in with the demo password; the token lists the seeded patient', async () => {
    expect(token.split('.')).toHaveLength(3);
    const response = await api('/api/patients', { token });
    expect(response.status).toBe(200);
    const { patients } = (await response.json()) as { patients: { givenName: string; familyName: string }[] };
    expect(patients.map((p) => `${p.givenName} ${p.familyName}`)).toContain('Alex Example');
  });

  it('signs the admin in too, whatever the case of the email', async () => {
    const response = await signIn('Admin@Example.org', password);
    expect(response.status).toBe(200);
    const { token: admin } = (await response.json()) as { token: string };
    expect((await api('/api/patients?query=alex', { token: admin })).status).toBe(200);
  });

  it('refuses a wrong password or an unknown account with 401', async () => {
    await expectError(await signIn('clinician@example.org', 'wrong password'), 401, 'unauthorized');
    await expectError(await signIn('nobody@example.org', password), 401, 'unauthorized');
  });

  it('refuses a malformed sign-in with 400', async () => {
    await expectError(await api('/api/local/sign-in', { method: 'POST', json: { email: 'clinician@example.org' } }), 400, 'invalid-request');
    await expectError(await signIn('not an email', password), 400, 'invalid-request');
    await expectError(await api('/api/local/sign-in', { method: 'POST', json: [] }), 400, 'invalid-request');
    await expectError(
      await api('/api/local/sign-in', { method: 'POST', body: '{"email":', headers: { 'content-type': 'application/json' } }),
      400,
      'invalid-json',
    );
  });

  it('refuses missing, forged, expired and foreign tokens with 401', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'] })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;

    // Signed with this installation's own key, but expired an hour ago.
    const jwk = JSON.parse(await readFile(join(dataDir, 'signing-key.json'), 'utf8')) as JWK;
    const key = await importJWK(jwk, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(key);
    const wrongAudience = await new SignJWT({ ...claims, aud: 'someone-else' }).setProtectedHeader({ alg: 'ES256' }).sign(key);

    // Issued by another installation, with its own key.
    const otherDir = await mkdtemp(join(tmpdir(), 'clinicall-other-'));
    const foreign = await (await localStaffIdentity(otherDir)).issue({
      id: 'staff-clinician-demo',
      email: 'clinician@example.org',
      name: 'Dr Sam Carter',
      groups: ['clinician'],
    });
    await rm(otherDir, { recursive: true, force: true });

    for (const bad of [
      undefined,
      'garbage',
      `${header}.${tampered}.${signature}`,
      `${header}.${payload}.${flipped}`,
      unsigned,
      expired,
      wrongAudience,
      foreign,
    ]) {
      await expectError(await api('/api/patients', bad === undefined ? {} : { token: bad }), 401, 'unauthorized');
    }
    await expectError(await api('/api/patients', { headers: { authorization: token } }), 401, 'unauthorized');
  });

  it('serves index.html for any other path, with the security headers', async () => {
    for (const path of ['/', '/patients', '/some/deep/path?x=1', '/join']) {
      const response = await fetch(`${runtime.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(indexHtml);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('never serves files from outside the site root', async () => {
    await writeFile(join(dataDir, 'secret.txt'), 'secret');
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5csecret.txt']) {
      const response = await fetch(`${runtime.url}${path}`);
      const text = await response.text();
      expect(text, path).not.toContain('secret');
      expect(text, path).not.toContain('root:');
    }
  });

  it('serves the site configuration', async () => {
    const response = await fetch(`${runtime.url}/config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mode: 'local', auth: { kind: 'local' }, defaultLanguage: 'en', country: 'GB', linkTtlSeconds: 300 });
  });

  it('answers an unknown API path with 404 JSON, a wrong method with 405 JSON', async () => {
    await expectError(await api('/api/nothing-here', { token }), 404, 'not-found');
    await expectError(await api('/api/patients/abcdefgh/nothing', { token }), 404, 'not-found');
    await expectError(await api('/api/patients', { method: 'DELETE', token }), 405, 'method-not-allowed');
    await expectError(await api('/api/health', { method: 'POST' }), 405, 'method-not-allowed');
    await expectError(await fetch(`${runtime.url}/index.html`, { method: 'POST' }), 405, 'method-not-allowed');
  });

  it('refuses a 2 MB body with 413 JSON, and a 20 KB one too', async () => {
    const huge = JSON.stringify({ givenName: 'x'.repeat(2 * 1024 * 1024), familyName: 'Big', dateOfBirth: '1990-01-01' });
    await expectError(
      await api('/api/patients', { method: 'POST', token, body: huge, headers: { 'content-type': 'application/json' } }),
      413,
      'body-too-large',
    );
    await expectError(
      await api('/api/patients', { method: 'POST', token, json: { givenName: 'x'.repeat(20 * 1024), familyName: 'Big', dateOfBirth: '1990-01-01' } }),
      413,
      'body-too-large',
    );
    // and the server still answers afterwards
    expect((await api('/api/health')).status).toBe(200);
  });

  it('keeps every record and every token across a restart on the same data directory', async () => {
    const created = await api('/api/patients', {
      method: 'POST',
      token,
      json: { givenName: 'Robin', familyName: 'Restart', dateOfBirth: '1985-03-03', mobile: '07700 900456' },
    });
    expect(created.status).toBe(201);
    const patient = (await created.json()) as { id: string };
    const listBefore = (await (await api('/api/patients', { token })).json()) as { patients: unknown[] };

    await runtime.close();
    runtime = await start();

    const read = await api(`/api/patients/${patient.id}`, { token });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(patient);
    const listAfter = (await (await api('/api/patients', { token })).json()) as { patients: unknown[] };
    // the seed does not run twice; nothing is lost
    expect(listAfter.patients).toEqual(listBefore.patients);
    const found = (await (await api('/api/patients?query=07700%20900456', { token })).json()) as { patients: { id: string }[] };
    expect(found.patients.map((p) => p.id)).toEqual([patient.id]);
    // the staff directory survives too
    expect((await signIn('clinician@example.org', password)).status).toBe(200);
  });
});

describe('the audit trail of the local runtime', () => {
  it('records staff sign-ins, failed and successful, by account id and the socket’s address, never the email', async () => {
    expect((await signIn('clinician@example.org', 'wrong password')).status).toBe(401);
    expect((await signIn('nobody@example.org', 'wrong password')).status).toBe(401);
    const admin = await signIn('admin@example.org', password);
    expect(admin.status).toBe(200);
    const adminToken = ((await admin.json()) as { token: string }).token;
    const response = await api('/api/audit?limit=20', { token: adminToken });
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: { action: string; actor: { kind: string; id?: string }; outcome: string; reason?: string; clientAddress?: string }[] };
    const signIns = entries.filter((e) => e.action === 'staff-signed-in');
    expect(signIns.slice(0, 3)).toEqual([
      expect.objectContaining({ actor: { kind: 'staff', id: 'staff-admin-demo', roles: ['admin'] }, outcome: 'success' }),
      expect.objectContaining({ actor: { kind: 'anonymous' }, outcome: 'refused', reason: 'unauthorized' }),
      expect.objectContaining({ actor: { kind: 'staff', id: 'staff-clinician-demo', roles: ['clinician'] }, outcome: 'refused', reason: 'unauthorized' }),
    ]);
    expect(signIns[0]!.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    // The audit read itself is recorded, in the same trail, by the same route layer AWS runs.
    const text = JSON.stringify((await (await api('/api/audit', { token: adminToken })).json()));
    expect(text).toContain('"audit-read"');
    expect(text).not.toContain('@example.org');
  });

  it('refuses to change the trail: only GET reaches it', async () => {
    const admin = ((await (await signIn('admin@example.org', password)).json()) as { token: string }).token;
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
      const response = await api('/api/audit', { method, token: admin, json: {} });
      expect(response.status, method).toBe(405);
    }
  });
});
