import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import type { Events, Store } from '#ports';
import { apiGatewayDisconnect, apiGatewayPost } from '#adapters/aws/api-gateway-post';
import { type CloseConnection, connectionEvents, type PostToConnection } from '#adapters/connection-events';
import { required } from '../environment.ts';

let client: ApiGatewayManagementApiClient | undefined;
let post: PostToConnection | undefined;
let disconnect: CloseConnection | undefined;

/** The WebSocket API's management endpoint: one client per environment. */
const management = () => (client ??= new ApiGatewayManagementApiClient({ endpoint: required('CLINICALL_EVENTS_ENDPOINT') }));

/** PostToConnection through the management endpoint. */
export const postToConnection = (): PostToConnection => (post ??= apiGatewayPost(management()));

/** DeleteConnection through the management endpoint. */
export const deleteConnection = (): CloseConnection => (disconnect ??= apiGatewayDisconnect(management()));

/** Events to the connections listening on a topic. */
export const adapter = (store: Store): Events => connectionEvents(store.access, postToConnection(), deleteConnection());
