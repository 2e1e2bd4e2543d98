import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ErrorCode } from '@clinicall/shared';
import { errorStatus } from '@clinicall/shared';
import type { ApiHandler } from '@clinicall/functions/http/route';
import { logger } from '@clinicall/functions/logger';
import type { Route } from '@clinicall/functions/routes';
import { lambdaContext, pathMatcher, toApiEvent } from './api-gateway.ts';
import { serveSite } from './static-site.ts';
import type { StaffIdentity } from './staff-identity.ts';

/** A route of the local runtime only (sign-in, outbox): never deployed. */
export type LocalRoute = (request: {
  body: unknown;
  url: URL;
  headers: IncomingMessage['headers'];
  /** The client's address, for limits per client (sign-in). */
  clientAddress: string;
}) => Promise<{
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}>;

export interface LocalServerOptions {
  readonly routes: readonly { route: Route; handler: ApiHandler }[];
  readonly localRoutes: Readonly<Record<string, LocalRoute>>;
  readonly staffIdentity: StaffIdentity;
  readonly siteRoot: string;
  readonly siteConfig: Record<string, unknown>;
  /** Whether a request names a host this server answers for (421 otherwise). */
  readonly servesHost: (request: IncomingMessage) => boolean;
}

/** Far above any real request; the handlers apply the API's own, smaller limit. */
const maxReadBytes = 1024 * 1024;

class RequestTooLarge extends Error {}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxReadBytes) {
        reject(new RequestTooLarge());
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
};

const sendError = (response: ServerResponse, code: ErrorCode, message: string) =>
  sendJson(response, errorStatus[code], { error: code, message });

const bearerOf = (request: IncomingMessage): string | undefined =>
  /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];

/** The local twin of API Gateway: the same routes, events and authorizer behaviour. */
export const createLocalServer = (options: LocalServerOptions): Server => {
  const matchers = options.routes.map((entry) => ({ ...entry, match: pathMatcher(entry.route.operation.path) }));

  const callApi = async (request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer) => {
    const local = options.localRoutes[`${request.method} ${url.pathname}`];
    if (local) {
      let parsed: unknown;
      try {
        parsed = body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
      } catch {
        return sendError(response, 'invalid-json', 'The request body is not valid JSON.');
      }
      const clientAddress = request.socket.remoteAddress ?? 'unknown';
      const result = await local({ body: parsed, url, headers: request.headers, clientAddress });
      return sendJson(response, result.status, result.body, result.headers);
    }
    const candidates = matchers
      .map((entry) => ({ ...entry, params: entry.match(url.pathname) }))
      .filter((entry) => entry.params);
    if (candidates.length === 0) return sendError(response, 'not-found', 'There is no such API path.');
    const found = candidates.find((entry) => entry.route.operation.method === request.method);
    if (!found?.params) return sendError(response, 'method-not-allowed', `Use ${candidates.map((c) => c.route.operation.method).join(' or ')}.`);
    // The JWT authorizer: staff routes need a valid staff token before any handler runs.
    const auth = found.route.operation.auth;
    let claims: Record<string, unknown> | undefined;
    if (auth === 'staff' || auth === 'staff-or-participant') {
      const token = bearerOf(request);
      claims = token ? await options.staffIdentity.verify(token) : undefined;
      if (!claims && auth === 'staff') {
        return sendError(response, 'unauthorized', 'Sign in again: your session is missing or has expired.');
      }
    }
    const event = toApiEvent(request, url, found.route, found.params, body, claims);
    const result = await found.handler(event, lambdaContext(found.route.operation.id));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
    response.writeHead(result.statusCode ?? 200, headers);
    response.end(result.body ?? '');
  };

  const server = createServer((request, response) => {
    // A client that resets mid-request must not take the process with it.
    request.on('error', () => request.destroy());
    response.on('error', () => response.destroy());
    void (async () => {
      try {
        if (!options.servesHost(request)) {
          return sendError(response, 'misdirected', 'This server does not answer for that host name.');
        }
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname.startsWith('/api/')) {
          const body = await readBody(request);
          return await callApi(request, response, url, body);
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          return sendError(response, 'method-not-allowed', 'Use GET.');
        }
        if (url.pathname === '/config.json') return sendJson(response, 200, options.siteConfig);
        return await serveSite(options.siteRoot, url.pathname, response);
      } catch (error) {
        if (response.headersSent) return response.destroy();
        if (error instanceof RequestTooLarge) return sendError(response, 'body-too-large', 'Requests can be at most 16 KB.');
        if (error instanceof URIError) return sendError(response, 'invalid-request', 'The address is malformed.');
        logger.error('local server error', { method: request.method, error });
        return sendError(response, 'internal', 'Something went wrong on our side. Please try again.');
      }
    })();
  });
  // Malformed requests and resets before a request is parsed: answer 400 when still possible.
  server.on('clientError', (_error, socket) => {
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
};
