import { type ApiGatewayManagementApiClient, DeleteConnectionCommand, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import type { CloseConnection, PostToConnection } from '../connection-events.ts';

const isGone = (error: unknown) => error instanceof Error && error.name === 'GoneException';

/** PostToConnection; a 410 Gone means the client left without saying so. */
export const apiGatewayPost =
  (client: ApiGatewayManagementApiClient): PostToConnection =>
  async (connectionId, data) => {
    try {
      await client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new TextEncoder().encode(data) }));
      return true;
    } catch (error) {
      if (isGone(error)) return false;
      throw error;
    }
  };

/** DeleteConnection: the server ends a client's connection; one already gone is fine. */
export const apiGatewayDisconnect =
  (client: ApiGatewayManagementApiClient): CloseConnection =>
  async (connectionId) => {
    try {
      await client.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  };
