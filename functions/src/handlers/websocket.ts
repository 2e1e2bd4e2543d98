import type { APIGatewayProxyStructuredResultV2, APIGatewayProxyWebsocketEventV2 } from 'aws-lambda';
import type { Dependencies } from '#ports';
import type { PostToConnection } from '#adapters/connection-events';
import { connectEvents, disconnectEvents, relaySignal } from '#use-cases/events';
import { type AwsAdapters, awsDependencies } from '../composition/aws.ts';
import { adapter as events, postToConnection } from '../composition/aws-adapters/events.ts';
import type { FunctionNeeds } from '../composition/needs.ts';
import { eventsProtocol, ticketOffered } from '@clinicall/shared/paths';
import { type SiteCheck, socketSiteCheckFromEnvironment } from '../http/through-the-site.ts';
import { logger } from '../logger.ts';
import { accessTable } from '#adapters/dynamodb/store';

export type WebSocketEvent = APIGatewayProxyWebsocketEventV2;
export type WebSocketResult = APIGatewayProxyStructuredResultV2;

/** Signalling messages are small; anything bigger is dropped unread. */
const maxMessageBytes = 32 * 1024;

/** The request headers of $connect by lower-case name (API Gateway passes them as the client sent them). */
const lowerCased = (event: WebSocketEvent): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries((event as { headers?: Record<string, string | undefined> }).headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));

const parse = (event: WebSocketEvent): unknown => {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > maxMessageBytes) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * The events socket behind API Gateway's WebSocket API: $connect spends the ticket offered in
 * the Sec-WebSocket-Protocol header (refusing the connection without a valid one), $disconnect forgets the
 * connection, $default relays a signalling message to peers of the sender's consultation.
 * A peer that has gone is forgotten too.
 */
export const createWebSocketHandler =
  (deps: Pick<Dependencies, 'store' | 'clock' | 'events'>, post: PostToConnection, checkSite?: SiteCheck) =>
  async (event: WebSocketEvent): Promise<WebSocketResult> => {
    const { routeKey, connectionId } = event.requestContext;
    switch (routeKey) {
      case '$connect': {
        const headers = lowerCased(event);
        // Through CloudFront only (its secret origin header), checked before the ticket is spent.
        if (checkSite) {
          try {
            await checkSite(headers);
          } catch (error) {
            // 403 without the header; 500 if the secret could not be read.
            return { statusCode: (error as { statusCode?: number }).statusCode ?? 500 };
          }
        }
        const accepted = await connectEvents(deps, connectionId, ticketOffered(headers['sec-websocket-protocol']));
        if (!accepted) logger.info('events connection refused');
        // The browser offered the events protocol beside its ticket: it opens only if this one is chosen.
        return accepted ? { statusCode: 200, headers: { 'Sec-WebSocket-Protocol': eventsProtocol } } : { statusCode: 401 };
      }
      case '$disconnect':
        await disconnectEvents(deps, connectionId);
        return { statusCode: 200 };
      default: {
        const message = parse(event);
        if (message !== undefined) {
          await relaySignal(deps, connectionId, message, async (peer, data) => {
            try {
              if (!(await post(peer, data))) await deps.store.access.removeConnection(peer);
            } catch (error) {
              logger.warn('signal not delivered', { connectionId: peer, reason: error instanceof Error ? error.name : 'unknown' });
            }
          });
        }
        return { statusCode: 200 };
      }
    }
  };

/** Tickets, connections and relayed signals. */
export const needs: FunctionNeeds = { tables: { access: 'write' }, events: true };

/** Relayed signals and published events share the management API client, made on first use. */
export const awsAdapters: AwsAdapters = { tables: [accessTable], events };

let socket: ReturnType<typeof createWebSocketHandler> | undefined;

/** The Lambda entry: built on first use, like every handler's AWS composition. */
export const handler = (event: WebSocketEvent): Promise<WebSocketResult> => {
  if (!socket) {
    if (!process.env.CLINICALL_EVENTS_ENDPOINT) throw new Error('Missing environment variable CLINICALL_EVENTS_ENDPOINT');
    const post: PostToConnection = (connectionId, data) => postToConnection()(connectionId, data);
    socket = createWebSocketHandler(awsDependencies(awsAdapters), post, socketSiteCheckFromEnvironment());
  }
  return socket(event);
};
