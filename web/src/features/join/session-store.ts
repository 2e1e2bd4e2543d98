import type { ParticipantSession } from '../../api/participant.ts';

/** The participant session for this tab, so a reload keeps the person in the waiting room or call. */
const key = 'clinicall.participant';

export const savedSession = (): ParticipantSession | undefined => {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as ParticipantSession) : undefined;
  } catch {
    return undefined;
  }
};

export const saveSession = (session: ParticipantSession): void => {
  try {
    sessionStorage.setItem(key, JSON.stringify(session));
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
