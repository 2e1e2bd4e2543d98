import type { AccessRepository, Events } from '#ports';

/** Delivers one message to one connection; false when the connection is gone. */
export type PostToConnection = (connectionId: string, data: string) => Promise<boolean>;

/**
 * Events to everyone listening on a topic: connections are found in the store, messages go
 * through the gateway (API Gateway's management API in AWS, the local socket hub here).
 * A connection that is gone is forgotten.
 */
export const connectionEvents = (access: AccessRepository, post: PostToConnection): Events => ({
  async publish(topic, event) {
    const data = JSON.stringify(event);
    const connections = await access.connectionsOf(topic);
    await Promise.all(
      connections.map(async ({ connectionId }) => {
        if (!(await post(connectionId, data))) await access.removeConnection(connectionId);
      }),
    );
  },
});
