import { Arn, ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { LogGroupLogDestination, WebSocketApi, WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { WebSocketLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag/acknowledge.ts';

export interface EventsApiProps {
  readonly logRetention: RetentionDays;
  readonly logKey: IKey;
}

/** The ticket is in the $connect query string, so the access log names no query or path. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    routeKey: '$context.routeKey',
    eventType: '$context.eventType',
    connectionId: '$context.connectionId',
    status: '$context.status',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * Real-time events (`/api/events`): a WebSocket API whose $connect spends a single-use ticket
 * from POST /api/events/ticket, so no bearer token ever travels in a URL.
 */
export class EventsApi extends Construct {
  readonly api: WebSocketApi;
  readonly stage: WebSocketStage;
  /** What PostToConnection may address: this API's stage, any connection. */
  readonly connectionsArn: string;
  /** What DeleteConnection may address: this API's stage, any connection (ending a consultation's sockets). */
  readonly disconnectArn: string;

  constructor(scope: Construct, id: string, props: EventsApiProps) {
    super(scope, id);
    this.api = new WebSocketApi(this, 'Api', { description: 'Clinicall real-time events' });
    const logs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new WebSocketStage(this, 'Stage', {
      webSocketApi: this.api,
      stageName: 'live',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(logs), format: accessLogFormat },
    });
    const connections = (method: 'POST' | 'DELETE') =>
      Arn.format(
        {
          service: 'execute-api',
          resource: this.api.apiId,
          resourceName: `${this.stage.stageName}/${method}/@connections/*`,
          arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
        },
        Stack.of(this),
      );
    this.connectionsArn = connections('POST');
    this.disconnectArn = connections('DELETE');
  }

  /** $connect, $disconnect and $default all go to the one events function. */
  connect(handler: IFunction): void {
    const reasons: Record<string, string> = {
      $connect:
        'The handler spends a single-use ticket (60 s, stored hashed) issued by an authenticated POST /api/events/ticket and refuses the connection without one.',
      $disconnect: 'Only ever invoked for a connection that $connect accepted; it removes that connection.',
      $default: 'Only connections accepted by $connect can send; messages are relayed only to peers of the sender\'s own consultation.',
    };
    for (const [routeKey, reason] of Object.entries(reasons)) {
      const route = this.api.addRoute(routeKey, {
        integration: new WebSocketLambdaIntegration(`${routeKey.slice(1)}Integration`, handler),
      });
      acknowledge(route, 'AwsSolutions-APIG4', reason);
    }
  }
}
