import type { PortalSession } from '../../api/portal.ts';

/**
 * The portal session: on a remembered device it survives closing the browser (localStorage,
 * until it expires — 30 days by default); otherwise it lasts as long as this tab.
 */
const key = 'clinicall.portal';

const stores = (): Storage[] => {
  try {
    return [localStorage, sessionStorage];
  } catch {
    return [];
  }
};

const read = (store: Storage): PortalSession | undefined => {
  try {
    const value = JSON.parse(store.getItem(key) ?? 'null') as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as PortalSession).session === 'string' &&
      typeof (value as PortalSession).expiresAt === 'string'
    ) {
      return value as PortalSession;
    }
  } catch {
    // unreadable: as if none
  }
  return undefined;
};

export const savedPortalSession = (now = Date.now()): PortalSession | undefined => {
  for (const store of stores()) {
    const session = read(store);
    if (session && Date.parse(session.expiresAt) > now) return session;
    if (session) store.removeItem(key);
  }
  return undefined;
};

export const savePortalSession = (session: PortalSession, remembered: boolean): void => {
  forgetPortalSession();
  try {
    (remembered ? localStorage : sessionStorage).setItem(key, JSON.stringify(session));
  } catch {
    // memory only: the page keeps it while it is open
  }
};

export const forgetPortalSession = (): void => {
  for (const store of stores()) {
    try {
      store.removeItem(key);
    } catch {
      // nothing stored
    }
  }
};
