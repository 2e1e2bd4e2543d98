import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const base64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const idToken = (claims: Record<string, unknown>) => `${base64Url('{"alg":"RS256"}')}.${base64Url(JSON.stringify(claims))}.signature`;
const domain = 'https://clinicall-prod.auth.eu-west-2.amazoncognito.com';

describe('a staff session with Cognito', () => {
  const storage = new Map<string, string>();
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(async () => {
    vi.resetModules();
    vi.useFakeTimers({ now: Date.parse('2026-12-01T09:00:00Z') });
    storage.clear();
    fetchMock.mockReset();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
      removeItem: (key: string) => storage.delete(key),
    });
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ mode: 'aws', apiBase: '', auth: { kind: 'cognito', domain, clientId: 'client123' } }), { status: 200 }),
    );
    await (await import('../config.ts')).loadConfig();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const hourFromNow = () => Math.floor(Date.now() / 1000) + 3600;

  it('renews the ID token five minutes before it expires; the page keeps its session and requests carry the new token', async () => {
    const session = await import('./staff-session.ts');
    const first = idToken({ email: 'dr@example.org', name: 'Dr Test', exp: hourFromNow() });
    storage.set('clinicall.staff.refresh', 'refresh-1');
    session.signedIn(first);
    const held = session.latestToken(first);
    expect(held).toBe(first);

    const second = idToken({ email: 'dr@example.org', name: 'Dr Test', exp: hourFromNow() + 3300 });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id_token: second, access_token: 'a' }), { status: 200 }));
    await vi.advanceTimersByTimeAsync(55 * 60_000 - 1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    // The renewal loads the Cognito module first: wait for its request, not for a set time.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const [url, init] = fetchMock.mock.calls[1]!;
    expect(url).toBe(`${domain}/oauth2/token`);
    expect(Object.fromEntries(init!.body as URLSearchParams)).toEqual({ grant_type: 'refresh_token', client_id: 'client123', refresh_token: 'refresh-1' });

    await vi.waitFor(() => expect(storage.get('clinicall.staff')).toBe(second));
    // What the page holds is unchanged (a call in progress carries on); what is sent is the new token.
    expect(session.latestToken(first)).toBe(second);
    expect(session.latestToken('participant-session')).toBe('participant-session');
  });

  it('sends the renewed token on API requests made with the one the page holds', async () => {
    const session = await import('./staff-session.ts');
    const { request } = await import('../api/request.ts');
    const first = idToken({ email: 'dr@example.org', exp: hourFromNow() });
    storage.set('clinicall.staff.refresh', 'refresh-1');
    session.signedIn(first);
    const second = idToken({ email: 'dr@example.org', exp: hourFromNow() + 3300 });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id_token: second }), { status: 200 }));
    await vi.advanceTimersByTimeAsync(55 * 60_000);
    await vi.waitFor(() => expect(storage.get('clinicall.staff')).toBe(second));
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 200 }));
    await request('GET', '/api/consultations', { token: first });
    const headers = fetchMock.mock.calls.at(-1)![1]!.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Bearer ${second}`);
  });

  it('renews an ID token that expired while the tab was away before the reloaded page reads the session', async () => {
    const session = await import('./staff-session.ts');
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    storage.set('clinicall.staff', idToken({ email: 'dr@example.org', name: 'Dr Test', exp: hourAgo }));
    storage.set('clinicall.staff.refresh', 'refresh-1');
    const renewed = idToken({ email: 'dr@example.org', name: 'Dr Test', exp: hourFromNow() });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id_token: renewed }), { status: 200 }));
    await session.resumeStaffSession();
    expect(Object.fromEntries(fetchMock.mock.calls[1]![1]!.body as URLSearchParams)).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'refresh-1' });
    expect(session.currentStaffSession()).toMatchObject({ token: renewed, name: 'Dr Test' });
    expect(storage.get('clinicall.staff')).toBe(renewed);
  });

  it('leads to sign-in on reload when Cognito refuses the refresh token (its 12 hours are over)', async () => {
    const session = await import('./staff-session.ts');
    storage.set('clinicall.staff', idToken({ email: 'dr@example.org', exp: Math.floor(Date.now() / 1000) - 60 }));
    storage.set('clinicall.staff.refresh', 'refresh-old');
    fetchMock.mockResolvedValueOnce(new Response('{"error":"invalid_grant"}', { status: 400 }));
    await session.resumeStaffSession();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(session.currentStaffSession()).toBeUndefined();
  });

  it('asks Cognito nothing on reload while the ID token lasts', async () => {
    const session = await import('./staff-session.ts');
    storage.set('clinicall.staff', idToken({ email: 'dr@example.org', exp: hourFromNow() }));
    storage.set('clinicall.staff.refresh', 'refresh-1');
    await session.resumeStaffSession();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(session.currentStaffSession()).toMatchObject({ email: 'dr@example.org' });
  });

  it('tries again when Cognito refuses, while the old token lasts', async () => {
    const session = await import('./staff-session.ts');
    storage.set('clinicall.staff.refresh', 'refresh-1');
    session.signedIn(idToken({ email: 'dr@example.org', exp: hourFromNow() }));
    fetchMock.mockResolvedValue(new Response('{"error":"invalid_grant"}', { status: 400 }));
    await vi.advanceTimersByTimeAsync(55 * 60_000);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(storage.has('clinicall.staff.refresh')).toBe(true);
  });
});
