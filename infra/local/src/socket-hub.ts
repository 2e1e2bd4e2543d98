import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { PostToConnection } from '@clinicall/functions/adapters/connection-events';

/** What the WebSocket API's routes do: the same use cases API Gateway invokes in AWS. */
export interface SocketRoutes {
  connect(connectionId: string, ticket: string | undefined): Promise<boolean>;
  message(connectionId: string, body: unknown, post: PostToConnection): Promise<void>;
  disconnect(connectionId: string): Promise<void>;
}

/** Messages are small; a larger one is dropped with the connection, as API Gateway would. */
const maxMessageBytes = 32 * 1024;

/**
 * The local twin of API Gateway's WebSocket API on `/api/events`: assigns connection ids,
 * runs $connect (ticket check) before accepting, $default for messages, $disconnect on close,
 * and posts to connections by id.
 */
export const attachSocketHub = (server: Server, routes: SocketRoutes) => {
  const sockets = new Map<string, WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  const post: PostToConnection = (connectionId, data) => {
    const socket = sockets.get(connectionId);
    if (!socket || socket.readyState !== socket.OPEN) return Promise.resolve(false);
    return new Promise((resolve) => socket.send(data, (error) => resolve(!error)));
  };

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/events') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    const connectionId = randomUUID();
    routes.connect(connectionId, url.searchParams.get('ticket') ?? undefined).then(
      (accepted) => {
        if (!accepted) {
          socket.end('HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\n\r\n{"error":"unauthorized","message":"The ticket is missing, used or expired."}');
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => {
          sockets.set(connectionId, ws);
          let alive = true;
          const heartbeat = setInterval(() => {
            if (!alive) return ws.terminate();
            alive = false;
            ws.ping();
          }, 20_000);
          ws.on('pong', () => (alive = true));
          // One message at a time per connection, so signalling arrives in the order it was sent.
          let inOrder: Promise<void> = Promise.resolve();
          ws.on('message', (data) => {
            let body: unknown;
            try {
              // binaryType is 'nodebuffer' (the default): a message arrives as one Buffer.
              body = JSON.parse((data as Buffer).toString('utf8')) as unknown;
            } catch {
              return;
            }
            inOrder = inOrder.then(() => routes.message(connectionId, body, post)).catch(() => undefined);
          });
          ws.on('close', () => {
            clearInterval(heartbeat);
            sockets.delete(connectionId);
            routes.disconnect(connectionId).catch(() => undefined);
          });
        });
      },
      () => socket.end('HTTP/1.1 500 Internal Server Error\r\n\r\n'),
    );
  });

  return {
    post,
    /** Drops one connection as a network loss would (for tests of reconnection). */
    drop(connectionId: string) {
      sockets.get(connectionId)?.terminate();
    },
    close() {
      for (const ws of sockets.values()) ws.terminate();
      sockets.clear();
      wss.close();
    },
  };
};
