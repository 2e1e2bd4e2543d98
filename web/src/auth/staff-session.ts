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

const decode = (token: string): StaffSession | undefined => {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return undefined;
    return {
      token,
      name: typeof payload.name === 'string' ? payload.name : '',
      email: typeof payload.email === 'string' ? payload.email : '',
      groups: Array.isArray(payload['cognito:groups']) ? (payload['cognito:groups'] as string[]) : [],
    };
  } catch {
    return undefined;
  }
};

let cached: { token: string | null; session: StaffSession | undefined } = { token: null, session: undefined };

const read = (): StaffSession | undefined => {
  const token = sessionStorage.getItem(key);
  if (token !== cached.token) cached = { token, session: token ? decode(token) : undefined };
  return cached.session;
};

export const signedIn = (token: string) => {
  sessionStorage.setItem(key, token);
  listeners.forEach((listener) => listener());
};

export const signOut = () => {
  sessionStorage.removeItem(key);
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
