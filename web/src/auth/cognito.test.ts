import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  authorizeUrl,
  codeChallenge,
  type CognitoAuth,
  cognitoOrigin,
  completeSignIn,
  jwtClaims,
  logoutUrl,
  randomToken,
  refreshTokenKey,
  startSignIn,
  tokenRequest,
} from './cognito.ts';

const auth: CognitoAuth = { kind: 'cognito', domain: 'https://clinicall-prod.auth.eu-west-2.amazoncognito.com', clientId: 'client123' };
const site = 'https://clinic.example.org';

const base64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: Record<string, unknown>) => `${base64Url('{"alg":"RS256"}')}.${base64Url(JSON.stringify(claims))}.signature`;

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636’s example verifier', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 unreserved characters (32 random bytes), different each time', () => {
    const tokens = Array.from({ length: 50 }, () => randomToken());
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(50);
  });
});

describe('the Cognito URLs', () => {
  it('asks the hosted pages for a code, with state, nonce and an S256 challenge', () => {
    const url = new URL(authorizeUrl(auth, { redirectUri: `${site}/auth/callback`, state: 's1', nonce: 'n1', challenge: 'c1' }));
    expect(url.origin + url.pathname).toBe(`${auth.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: `${site}/auth/callback`,
      scope: 'openid email profile',
      state: 's1',
      nonce: 'n1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('exchanges the code with the verifier and no client secret', () => {
    const request = tokenRequest(auth, { redirectUri: `${site}/auth/callback`, code: 'code1', verifier: 'v1' });
    expect(request.url).toBe(`${auth.domain}/oauth2/token`);
    expect(Object.fromEntries(request.body)).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client123',
      code: 'code1',
      redirect_uri: `${site}/auth/callback`,
      code_verifier: 'v1',
    });
  });

  it('accepts the domain with or without its scheme', () => {
    expect(cognitoOrigin('clinicall-prod.auth.eu-west-2.amazoncognito.com')).toBe(auth.domain);
    expect(cognitoOrigin(`${auth.domain}/`)).toBe(auth.domain);
  });

  it('signs out at the hosted pages, back to the site', () => {
    const url = new URL(logoutUrl(auth, `${site}/`));
    expect(url.pathname).toBe('/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: 'client123', logout_uri: `${site}/` });
  });

  it('reads a JWT’s claims, including non-ASCII names', () => {
    const token = `x.${btoa(String.fromCharCode(...new TextEncoder().encode('{"name":"Zoë Ó"}'))).replace(/=+$/, '')}.y`;
    expect(jwtClaims(token)).toEqual({ name: 'Zoë Ó' });
    expect(jwtClaims('not a token')).toBeUndefined();
  });
});

describe('the sign-in round trip', () => {
  const storage = new Map<string, string>();
  let assigned: string | undefined;
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    storage.clear();
    assigned = undefined;
    fetchMock.mockReset();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
      removeItem: (key: string) => storage.delete(key),
    });
    vi.stubGlobal('location', { origin: site, assign: (url: string) => (assigned = url) });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Starts a sign-in and answers what Cognito would send back to /auth/callback. */
  const startAndReturn = async () => {
    await startSignIn(auth);
    const params = new URL(assigned!).searchParams;
    return { state: params.get('state')!, nonce: params.get('nonce')!, challenge: params.get('code_challenge')! };
  };

  it('exchanges the code for the ID token, proving the verifier behind the challenge', async () => {
    const { state, nonce, challenge } = await startAndReturn();
    const idToken = jwt({ nonce, email: 'dr@example.org' });
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id_token: idToken, access_token: 'a' }), { status: 200 }));
    expect(await completeSignIn(auth, `?code=code1&state=${state}`)).toBe(idToken);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${auth.domain}/oauth2/token`);
    const body = init!.body as URLSearchParams;
    expect(body.get('code')).toBe('code1');
    expect(body.get('redirect_uri')).toBe(`${site}/auth/callback`);
    expect(await codeChallenge(body.get('code_verifier')!)).toBe(challenge);
    expect(storage.size).toBe(0);
  });

  it('keeps the refresh token for this tab only, in sessionStorage and never in localStorage', async () => {
    const kept = vi.fn();
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: kept, removeItem: () => undefined });
    const { state, nonce } = await startAndReturn();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id_token: jwt({ nonce }), refresh_token: 'refresh-1' }), { status: 200 }));
    await completeSignIn(auth, `?code=code1&state=${state}`);
    expect(storage.get(refreshTokenKey)).toBe('refresh-1');
    expect(kept).not.toHaveBeenCalled();
  });

  it('refuses a callback whose state is not the one this tab sent, without calling Cognito', async () => {
    await startAndReturn();
    await expect(completeSignIn(auth, '?code=code1&state=forged')).rejects.toThrow(/sign in again/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is single use: the same callback a second time is refused', async () => {
    const { state, nonce } = await startAndReturn();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id_token: jwt({ nonce }) }), { status: 200 }));
    await completeSignIn(auth, `?code=code1&state=${state}`);
    await expect(completeSignIn(auth, `?code=code1&state=${state}`)).rejects.toThrow(/sign in again/);
  });

  it('refuses an ID token minted for another sign-in (nonce)', async () => {
    const { state } = await startAndReturn();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ id_token: jwt({ nonce: 'other' }) }), { status: 200 }));
    await expect(completeSignIn(auth, `?code=code1&state=${state}`)).rejects.toThrow(/Sign-in failed/);
  });

  it('says what Cognito said when sign-in was not completed, or the exchange failed', async () => {
    await startAndReturn();
    await expect(completeSignIn(auth, '?error=access_denied&error_description=User+is+disabled')).rejects.toThrow('User is disabled');
    const { state } = await startAndReturn();
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 }));
    await expect(completeSignIn(auth, `?code=code1&state=${state}`)).rejects.toThrow(/Sign-in failed/);
  });
});
