/**
 * Staff sign-in with Cognito's hosted pages: the OAuth 2.0 authorization code flow with PKCE
 * (S256) for a public client (no secret in the SPA). The verifier, state and nonce live in this
 * tab's sessionStorage between leaving for the hosted page and coming back to /auth/callback.
 */

export interface CognitoAuth {
  readonly kind: 'cognito';
  /** The hosted sign-in domain, e.g. https://clinicall-prod.auth.eu-west-2.amazoncognito.com */
  readonly domain: string;
  readonly clientId: string;
}

/** Where Cognito sends staff back; the CDK app registers `${site}${signInCallbackPath}`. */
export const signInCallbackPath = '/auth/callback';

const pendingKey = 'clinicall.sign-in';
const scopes = ['openid', 'email', 'profile'];

interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

const base64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** `bytes` random bytes, base64url: 32 give a 43-character PKCE verifier (RFC 7636 §4.1). */
export const randomToken = (bytes = 32): string => base64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)) (RFC 7636 §4.2). */
export const codeChallenge = async (verifier: string): Promise<string> =>
  base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

/** The hosted domain as an origin, whether or not config.json carries the scheme. */
export const cognitoOrigin = (domain: string): string => (/^https?:\/\//.test(domain) ? domain : `https://${domain}`).replace(/\/+$/, '');

export const authorizeUrl = (
  auth: CognitoAuth,
  request: { redirectUri: string; state: string; nonce: string; challenge: string },
): string =>
  `${cognitoOrigin(auth.domain)}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: request.redirectUri,
    scope: scopes.join(' '),
    state: request.state,
    nonce: request.nonce,
    code_challenge: request.challenge,
    code_challenge_method: 'S256',
  }).toString()}`;

export const tokenRequest = (auth: CognitoAuth, exchange: { redirectUri: string; code: string; verifier: string }) => ({
  url: `${cognitoOrigin(auth.domain)}/oauth2/token`,
  body: new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: auth.clientId,
    code: exchange.code,
    redirect_uri: exchange.redirectUri,
    code_verifier: exchange.verifier,
  }),
});

export const logoutUrl = (auth: CognitoAuth, logoutUri: string): string =>
  `${cognitoOrigin(auth.domain)}/logout?${new URLSearchParams({ client_id: auth.clientId, logout_uri: logoutUri }).toString()}`;

/** The claims of a JWT, unverified: the API verifies the token; the page only reads its nonce. */
export const jwtClaims = (token: string): Record<string, unknown> | undefined => {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))) as unknown;
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** Why sign-in failed, for the page to say in the staff member's language ('refused': the identity provider's own words). */
export class SignInFailed extends Error {
  constructor(
    message: string,
    readonly reason: 'refused' | 'expired' | 'failed' = 'failed',
  ) {
    super(message);
  }
}

const redirectUri = () => `${location.origin}${signInCallbackPath}`;

/** Leaves for the hosted sign-in page. */
export const startSignIn = async (auth: CognitoAuth): Promise<void> => {
  const pending: PendingSignIn = { state: randomToken(), nonce: randomToken(), verifier: randomToken() };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const challenge = await codeChallenge(pending.verifier);
  location.assign(authorizeUrl(auth, { redirectUri: redirectUri(), state: pending.state, nonce: pending.nonce, challenge }));
};

const takePending = (): PendingSignIn | undefined => {
  const stored = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  try {
    return stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Back on /auth/callback: checks the state, exchanges the code (with the verifier) at the
 * token endpoint, checks the ID token's nonce, and answers the ID token. Single use.
 */
export const completeSignIn = async (auth: CognitoAuth, search: string): Promise<string> => {
  const query = new URLSearchParams(search);
  const pending = takePending();
  const error = query.get('error');
  if (error) throw new SignInFailed(query.get('error_description') ?? `Sign-in was not completed (${error}).`, 'refused');
  const code = query.get('code');
  if (!code || !pending || query.get('state') !== pending.state) {
    throw new SignInFailed('This sign-in has expired or was started in another tab. Please sign in again.', 'expired');
  }
  const { url, body } = tokenRequest(auth, { redirectUri: redirectUri(), code, verifier: pending.verifier });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const tokens = (await response.json().catch(() => ({}))) as { id_token?: unknown; refresh_token?: unknown };
  if (!response.ok || typeof tokens.id_token !== 'string') throw new SignInFailed('Sign-in failed. Please try again.');
  if (jwtClaims(tokens.id_token)?.nonce !== pending.nonce) throw new SignInFailed('Sign-in failed. Please try again.');
  // Kept for this tab only (never localStorage): it renews the hour-long ID token during a shift.
  if (typeof tokens.refresh_token === 'string') sessionStorage.setItem(refreshTokenKey, tokens.refresh_token);
  return tokens.id_token;
};

/** Where this tab keeps the refresh token. */
export const refreshTokenKey = 'clinicall.staff.refresh';

/** A new ID token for the one about to expire (grant_type=refresh_token); undefined when refused. */
export const refreshIdToken = async (auth: CognitoAuth): Promise<string | undefined> => {
  const refreshToken = sessionStorage.getItem(refreshTokenKey);
  if (!refreshToken) return undefined;
  const response = await fetch(`${cognitoOrigin(auth.domain)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: auth.clientId, refresh_token: refreshToken }),
  });
  const tokens = (await response.json().catch(() => ({}))) as { id_token?: unknown };
  return response.ok && typeof tokens.id_token === 'string' ? tokens.id_token : undefined;
};

/** Ends the hosted session too, or the next sign-in would silently reuse it. */
export const signOutOfCognito = (auth: CognitoAuth): void => location.assign(logoutUrl(auth, `${location.origin}/`));
