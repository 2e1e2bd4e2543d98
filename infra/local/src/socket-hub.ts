import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { PostToConnection } from '@clinicall/functions/adapters/connection-events';
import { logger } from '@clinicall/functions/logger';
import { eventsProtocol, ticketOffered } from '@clinicall/shared/paths';

/** What the WebSocket API's routes do: the same use cases API Gateway invokes in AWS. */
export interface SocketRoutes {
  connect(connectionId: string, ticket: string | undefined): Promise<boolean>;
  message(connectionId: string, body: unknown, post: PostToConnection): Promise<void>;
  disconnect(connectionId: string): Promise<void>;
}

export interface SocketHubOptions {
  /** The host names this server answers (see `servesHost`); others get 421 before any check. */
  readonly servesHost: (request: IncomingMessage) => boolean;
}

/** Messages are small; a larger frame closes that socket with 1009, as API Gateway drops it. */
export const maxMessageBytes = 32 * 1024;
/** Unsent data one socket may hold; a reader that falls this far behind is disconnected. */
export const maxQueuedBytes = 1024 * 1024;
/** Messages waiting to be handled for one socket; beyond this, reading from it pauses. */
const maxPendingMessages = 32;
const heartbeatMs = 20_000;

const refuse = (socket: Duplex, status: string, body?: { error: string; message: string }) => {
  if (socket.destroyed) return;
  const payload = body ? JSON.stringify(body) : '';
  socket.end(
    `HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
};

/**
 * The local twin of API Gateway's WebSocket API on `/api/events`: assigns connection ids,
 * runs $connect (ticket check) before accepting, $default for messages, $disconnect on close,
 * and posts to connections by id. Every socket handles its own errors: one client's reset,
 * oversized frame or unread backlog ends that client's connection and nothing else.
 */
export const attachSocketHub = (server: Server, routes: SocketRoutes, options: SocketHubOptions) => {
  const sockets = new Map<string, WebSocket>();
  // Accepted only with a ticket offered beside the events protocol (see `ticketOffered`), which is the one chosen.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, handleProtocols: () => eventsProtocol });

  const post: PostToConnection = (connectionId, data) => {
    const socket = sockets.get(connectionId);
    if (!socket || socket.readyState !== socket.OPEN) return Promise.resolve(false);
    if (socket.bufferedAmount + Buffer.byteLength(data) > maxQueuedBytes) {
      // A slow or vanished reader: its messages would pile up in this process without end.
      logger.warn('events connection dropped: reader too far behind', { connectionId, queuedBytes: socket.bufferedAmount });
      socket.terminate();
      return Promise.resolve(false);
    }
    // Accepted once queued, as API Gateway accepts a post: one slow reader never holds up the
    // relay to everyone else; the limit above keeps its queue bounded.
    socket.send(data, (error) => {
      if (error) logger.info('events send failed', { connectionId, reason: error.message });
    });
    return Promise.resolve(true);
  };

  const forget = (connectionId: string) =>
    routes.disconnect(connectionId).catch((error: unknown) => logger.error('events disconnect failed', { connectionId, error }));

  const serve = (connectionId: string, ws: WebSocket) => {
    sockets.set(connectionId, ws);
    let alive = true;
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, heartbeatMs);
    ws.on('pong', () => (alive = true));
    // ws closes the socket itself (1009 for an oversized frame, 1002 for a bad one); this only
    // keeps the error from ending the process.
    ws.on('error', (error) => logger.info('events connection error', { connectionId, reason: error.message }));
    // One message at a time per connection, so signalling arrives in the order it was sent; a
    // sender faster than we relay is slowed by TCP, not buffered here.
    let pending = 0;
    let inOrder: Promise<void> = Promise.resolve();
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      let body: unknown;
      try {
        body = JSON.parse((data as Buffer).toString('utf8')) as unknown;
      } catch {
        return;
      }
      if (++pending >= maxPendingMessages) ws.pause();
      inOrder = inOrder
        .then(() => routes.message(connectionId, body, post))
        .catch((error: unknown) => logger.error('events message failed', { connectionId, error }))
        .finally(() => {
          if (--pending < maxPendingMessages && ws.isPaused) ws.resume();
        });
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      if (sockets.get(connectionId) === ws) sockets.delete(connectionId);
      void forget(connectionId);
    });
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node's HTTP server lets go of an upgraded socket: without this, a reset while the ticket
    // is checked is an uncaught ECONNRESET.
    socket.on('error', (error) => {
      logger.info('events upgrade socket error', { reason: error.message });
      socket.destroy();
    });
    if (!options.servesHost(request)) {
      return refuse(socket, '421 Misdirected Request', { error: 'misdirected', message: 'This server does not answer for that host name.' });
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/events') return refuse(socket, '404 Not Found');
    const connectionId = randomUUID();
    routes.connect(connectionId, ticketOffered(request.headers['sec-websocket-protocol'])).then(
      (accepted) => {
        if (!accepted) {
          return refuse(socket, '401 Unauthorized', { error: 'unauthorized', message: 'The ticket is missing, used or expired.' });
        }
        if (socket.destroyed || !socket.writable || !socket.readable) {
          // Gone (reset or half-closed) while the ticket was checked: forget the connection.
          socket.destroy();
          return void forget(connectionId);
        }
        wss.handleUpgrade(request, socket, head, (ws) => serve(connectionId, ws));
      },
      (error: unknown) => {
        logger.error('events connect failed', { error });
        refuse(socket, '500 Internal Server Error', { error: 'internal', message: 'Something went wrong on our side. Please try again.' });
      },
    );
  });

  return {
    post,
    /** Ends one connection as the server does when it is over (a consultation ended). */
    close(connectionId: string) {
      const socket = sockets.get(connectionId);
      if (!socket) return false;
      socket.close(1000, 'over');
      return true;
    },
    /** Drops one connection as a network loss would (for tests of reconnection). */
    drop(connectionId: string) {
      sockets.get(connectionId)?.terminate();
    },
    /** How many connections are open (for tests). */
    get size() {
      return sockets.size;
    },
    closeAll() {
      for (const ws of sockets.values()) ws.terminate();
      sockets.clear();
      wss.close();
    },
  };
};
