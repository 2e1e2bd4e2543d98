import { useSyncExternalStore } from 'react';
import { siteConfig } from '../config.ts';

/** The staff token lives for this tab only: closing the tab signs out. */
const key = 'clinicall.staff';
const listeners = new Set<() => void>();

export interface StaffSession {
  readonly token: string;
  readonly name: string;
  readonly email: string;
  readonly groups: readonly string[];
}

const claimsOf = (token: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

/** When the token expires (ms), if it says. */
const expiryOf = (token: string): number | undefined => {
  const exp = claimsOf(token)?.exp;
  return typeof exp === 'number' ? exp * 1000 : undefined;
};

const decode = (token: string): StaffSession | undefined => {
  const payload = claimsOf(token);
  if (!payload) return undefined;
  if ((expiryOf(token) ?? Infinity) < Date.now()) return undefined;
  return {
    token,
    name: typeof payload.name === 'string' ? payload.name : '',
    email: typeof payload.email === 'string' ? payload.email : '',
    groups: Array.isArray(payload['cognito:groups']) ? (payload['cognito:groups'] as string[]) : [],
  };
};

let cached: { token: string | null; session: StaffSession | undefined } = { token: null, session: undefined };

const read = (): StaffSession | undefined => {
  const token = sessionStorage.getItem(key);
  if (token === cached.token) return cached.session;
  const session = token ? decode(token) : undefined;
  // A renewed token for the same person keeps the session the page holds: a call or socket in
  // progress carries on, and requests go out with the newest token (see latestToken).
  const renewed = session && cached.session && session.email === cached.session.email;
  cached = { token, session: renewed ? cached.session : session };
  return cached.session;
};

/** The token to send for one the page holds: the renewed one, when it is the staff token. */
export const latestToken = (token: string): string => {
  read();
  return cached.session && token === cached.session.token && cached.token ? cached.token : token;
};

/** Renew the ID token this long before it expires. */
export const renewAheadMs = 5 * 60_000;
const retryMs = 30_000;
let renewal: ReturnType<typeof setTimeout> | undefined;

/** With Cognito, the hour-long ID token is renewed from the tab's refresh token before it lapses. */
const scheduleRenewal = () => {
  clearTimeout(renewal);
  const { auth } = siteConfig();
  const token = sessionStorage.getItem(key);
  const expiry = token ? expiryOf(token) : undefined;
  if (auth.kind !== 'cognito' || !expiry) return;
  renewal = setTimeout(
    () => {
      void import('./cognito.ts')
        .then((cognito) => cognito.refreshIdToken(auth))
        .catch(() => undefined)
        .then((renewed) => {
          if (sessionStorage.getItem(key) !== token) return;
          if (renewed) {
            sessionStorage.setItem(key, renewed);
            return scheduleRenewal();
          }
          // Refused or unreachable: try again while the old token lasts.
          if (expiry > Date.now() + retryMs) renewal = setTimeout(scheduleRenewal, retryMs);
        });
    },
    Math.max(0, expiry - renewAheadMs - Date.now()),
  );
};

export const signedIn = (token: string) => {
  sessionStorage.setItem(key, token);
  read();
  scheduleRenewal();
  listeners.forEach((listener) => listener());
};

/**
 * A page opened again in the same tab picks its session up where it was. An ID token that
 * lapsed meanwhile (the tab reloaded after an hour, a laptop woken) is renewed from the tab's
 * refresh token before the page reads it: the person stays signed in rather than being sent to
 * sign in again.
 */
export const resumeStaffSession = async (): Promise<void> => {
  const { auth } = siteConfig();
  if (auth.kind === 'cognito' && sessionStorage.getItem(key) && !read()) {
    const renewed = await import('./cognito.ts')
      .then((cognito) => cognito.refreshIdToken(auth))
      .catch(() => undefined);
    if (renewed) sessionStorage.setItem(key, renewed);
  }
  // Refused (the refresh token's 12 hours are over): nothing to renew; the page leads to sign-in.
  if (read()) scheduleRenewal();
};

/** The staff member signed in in this tab, while their token lasts. */
export const currentStaffSession = (): StaffSession | undefined => read();

export const signOut = () => {
  clearTimeout(renewal);
  sessionStorage.removeItem(key);
  sessionStorage.removeItem('clinicall.staff.refresh');
  listeners.forEach((listener) => listener());
  // With Cognito, the hosted session ends too, or the next sign-in would quietly reuse it.
  const { auth } = siteConfig();
  if (auth.kind === 'cognito') void import('./cognito.ts').then((cognito) => cognito.signOutOfCognito(auth));
};

export const useStaffSession = (): StaffSession | undefined =>
  useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, read);
