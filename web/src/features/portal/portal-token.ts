/**
 * A link to the portal carries its token in the address's fragment (/portal#<token>), which
 * never reaches a server. It leaves the address bar before anything renders (so it is not in
 * history, bookmarks or a shared screen) and is kept for this tab until the sign-in is done.
 */
const key = 'clinicall.portal.token';
let captured: string | undefined;

/** Call before anything renders; also when the fragment changes on an open page. */
export const capturePortalToken = (): boolean => {
  if (!location.pathname.startsWith('/portal') || location.hash.length < 2) return false;
  captured = decodeURIComponent(location.hash.slice(1));
  history.replaceState(history.state, '', location.pathname + location.search);
  try {
    sessionStorage.setItem(key, captured);
  } catch {
    // private mode without storage: memory is enough for this page's life
  }
  return true;
};

export const portalToken = (): string | undefined => {
  if (captured) return captured;
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};

/** Signed in (or the link refused): the token is of no more use, and it is a secret. */
export const forgetPortalToken = (): void => {
  captured = undefined;
  try {
    sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
};
