import type { ParticipantSession } from '../../api/participant.ts';

/** The participant session for this tab, so a reload keeps the person in the waiting room or call. */
const key = 'clinicall.participant';

/** A session, and the page that sent the person in (the portal), to go back to when it is over. */
export interface JoinedSession extends ParticipantSession {
  readonly returnTo?: '/portal';
}

export const savedSession = (): JoinedSession | undefined => {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as JoinedSession) : undefined;
  } catch {
    return undefined;
  }
};

export const saveSession = (session: ParticipantSession, returnTo?: JoinedSession['returnTo']): void => {
  try {
    sessionStorage.setItem(key, JSON.stringify({ ...session, ...(returnTo && { returnTo }) }));
  } catch {
    // memory only
  }
};

export const forgetSession = (): void => {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
};

/** The device check is done once per participant; a reload goes straight on. */
const checkedKey = 'clinicall.deviceCheck';

export const deviceCheckDone = (participantId: string): boolean => {
  try {
    return sessionStorage.getItem(checkedKey) === participantId;
  } catch {
    return false;
  }
};

export const markDeviceCheckDone = (participantId: string): void => {
  try {
    sessionStorage.setItem(checkedKey, participantId);
  } catch {
    // memory only: the check may be offered again after a reload
  }
};

/** Straight into a call from the console (a member entering a meeting room): no device check, no link. */
export const enterCall = (session: ParticipantSession): void => {
  saveSession(session);
  markDeviceCheckDone(session.participantId);
};
