import type { IncomingMessage } from 'node:http';

/**
 * The host names the local server answers for: loopback, the address it listens on when that
 * is one address, and the site URL's host when one is configured. Anything else is refused
 * (421) so that a web page on another name, resolved to this machine (DNS rebinding), cannot
 * read the API or the outbox.
 */
export const servedHostNames = (siteUrl?: string, listenHost?: string): ReadonlySet<string> => {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (siteUrl) names.add(new URL(siteUrl).hostname.toLowerCase());
  if (listenHost && !['0.0.0.0', '::', ''].includes(listenHost)) {
    names.add(new URL(`http://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}`).hostname.toLowerCase());
  }
  return names;
};

/** The Host header's name without the port; undefined when missing or malformed. */
export const hostNameOf = (request: IncomingMessage): string | undefined => {
  const host = request.headers.host;
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    // A Host header is a name and an optional port: anything more (user info, a path) is not one.
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

export const hostFilter = (names: ReadonlySet<string>) => (request: IncomingMessage): boolean => {
  const name = hostNameOf(request);
  return name !== undefined && names.has(name);
};
