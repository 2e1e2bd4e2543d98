/**
 * The link's token arrives in the address's fragment (/join#<token>), which never reaches a
 * server. It is taken out of the address bar at once (so it is not in history, bookmarks or a
 * shared screen) and kept for this tab only, until the identity check is done.
 */
const key = 'clinicall.join.token';
let token: string | undefined;

/** Call before anything renders. */
export const captureJoinToken = (): void => {
  if (location.pathname !== '/join' || location.hash.length < 2) return;
  token = decodeURIComponent(location.hash.slice(1));
  // The query stays: a link's `?lng=sv` says which language the page is in.
  history.replaceState(history.state, '', location.pathname + location.search);
  try {
    sessionStorage.setItem(key, token);
  } catch {
    // private mode without storage: memory is enough for this page's life
  }
};

export const joinToken = (): string | undefined => {
  if (token) return token;
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};

/** Once through the identity check the token is useless; drop it. */
export const forgetJoinToken = (): void => {
  token = undefined;
  try {
    sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
};

/** The token taken from the address bar on this page load, if any. */
export const capturedJoinToken = (): string | undefined => token;
