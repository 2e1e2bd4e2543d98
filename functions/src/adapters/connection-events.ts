import type { AccessRepository, Events } from '#ports';
import { logger } from '../logger.ts';

/** Delivers one message to one connection; false when the connection is gone. */
export type PostToConnection = (connectionId: string, data: string) => Promise<boolean>;

/** Ends one connection from the server's side. */
export type CloseConnection = (connectionId: string) => Promise<void>;

/**
 * Events to everyone listening on a topic: connections are found in the store, messages go
 * through the gateway (API Gateway's management API in AWS, the local socket hub here).
 * A connection that is gone is forgotten.
 */
export const connectionEvents = (
  access: AccessRepository,
  post: PostToConnection,
  closeConnection: CloseConnection,
): Events => {
  const publishAll: Events['publishAll'] = async (topic, deliveries) => {
    if (deliveries.length === 0) return;
    const connections = await access.connectionsOf(topic);
    const gone = new Set<string>();
    await Promise.all(
      deliveries.flatMap(({ event, audience }) => {
        const data = JSON.stringify(event);
        return connections
          .filter(({ subscription }) => !audience || audience(subscription))
          .map(async ({ connectionId }) => {
            try {
              if (!(await post(connectionId, data))) gone.add(connectionId);
            } catch (error) {
              // The change this event reports is already stored: one connection the gateway could
              // not reach (throttled, refused) never fails the request that made it.
              logger.warn('event not delivered', {
                connectionId,
                reason: error instanceof Error ? error.name : 'unknown',
              });
            }
          });
      }),
    );
    await Promise.all([...gone].map((connectionId) => access.removeConnection(connectionId)));
  };
  return {
    publish: (topic, event, audience) => publishAll(topic, [{ event, ...(audience && { audience }) }]),
    publishAll,
    async close(topic) {
      const connections = await access.connectionsOf(topic);
      await Promise.all(
        connections.map(async ({ connectionId }) => {
          // Forgotten first: whatever the gateway says, nothing more reaches this connection.
          await access.removeConnection(connectionId);
          await closeConnection(connectionId).catch((error: unknown) =>
            logger.warn('connection not closed', {
              connectionId,
              reason: error instanceof Error ? error.name : 'unknown',
            }),
          );
        }),
      );
    },
  };
};
