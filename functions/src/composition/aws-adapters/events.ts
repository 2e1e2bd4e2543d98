import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import type { Events, Store } from '#ports';
import { apiGatewayPost } from '#adapters/aws/api-gateway-post';
import { connectionEvents, type PostToConnection } from '#adapters/connection-events';
import { required } from '../environment.ts';

let post: PostToConnection | undefined;

/** PostToConnection through the WebSocket API's management endpoint: one client per environment. */
export const postToConnection = (): PostToConnection =>
  (post ??= apiGatewayPost(new ApiGatewayManagementApiClient({ endpoint: required('CLINICALL_EVENTS_ENDPOINT') })));

/** Events to the connections listening on a topic. */
export const adapter = (store: Store): Events => connectionEvents(store.access, postToConnection());
