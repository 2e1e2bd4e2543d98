import type { ParticipantSession } from '../../api/participant.ts';

/**
 * The links this device has used, each with the session it gave, so that opening the same link
 * again here (after a closed tab, the Back button, or a phone that killed the browser) resumes
 * that session instead of meeting "This link has already been used". Kept by the link's SHA-256
 * only, never the link itself, and only as long as a session lasts. Every other device still
 * finds the link used.
 */
const key = 'clinicall.device.links';
/** A participant session lasts the working day (functions/src/use-cases/open-link.ts). */
const keepMs = 12 * 3_600_000;

interface Remembered {
  readonly session: ParticipantSession;
  readonly savedAt: number;
}

const read = (): Record<string, Remembered> => {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, Remembered>;
    const now = Date.now();
    return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => now - entry.savedAt < keepMs));
  } catch {
    return {};
  }
};

const write = (links: Record<string, Remembered>) => {
  try {
    localStorage.setItem(key, JSON.stringify(links));
  } catch {
    // no storage (private mode): the session lasts as long as the tab
  }
};

/** Undefined where the page has no Web Crypto (a plain-http address other than localhost). */
const fingerprint = async (token: string): Promise<string | undefined> => {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
};

export const rememberLink = async (token: string, session: ParticipantSession): Promise<void> => {
  const id = await fingerprint(token);
  if (id) write({ ...read(), [id]: { session, savedAt: Date.now() } });
};

export const sessionForLink = async (token: string): Promise<ParticipantSession | undefined> => {
  const id = await fingerprint(token);
  return id ? read()[id]?.session : undefined;
};

/** A session the consultation no longer accepts is forgotten with its link. */
export const forgetSessionOnDevice = (session: string): void =>
  write(Object.fromEntries(Object.entries(read()).filter(([, entry]) => entry.session.session !== session)));
