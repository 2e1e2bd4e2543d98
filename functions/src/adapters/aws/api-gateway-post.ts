import { type ApiGatewayManagementApiClient, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import type { PostToConnection } from '../connection-events.ts';

/** PostToConnection; a 410 Gone means the client left without saying so. */
export const apiGatewayPost =
  (client: ApiGatewayManagementApiClient): PostToConnection =>
  async (connectionId, data) => {
    try {
      await client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new TextEncoder().encode(data) }));
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === 'GoneException') return false;
      throw error;
    }
  };
