import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import { ChimeSDKMeetingsClient } from '@aws-sdk/client-chime-sdk-meetings';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import type { Dependencies, Settings } from '#ports';
import { systemClock } from '#adapters/clock';
import { cryptoIds } from '#adapters/ids';
import { apiGatewayPost } from '#adapters/aws/api-gateway-post';
import { chimeMeetings } from '#adapters/aws/chime-meetings';
import { eventBridgeIntegrations } from '#adapters/aws/eventbridge-integrations';
import { noIntegrations } from '#adapters/webhook-integrations';
import { awsNotifier } from '#adapters/aws/sms-email';
import { stepFunctionsTimers } from '#adapters/aws/step-functions-timers';
import { connectionEvents } from '#adapters/connection-events';
import { documentClient } from '#adapters/dynamodb/document-client';
import { dynamoStore } from '#adapters/dynamodb/store';
import type { ApiEvent, ApiHandler, ApiResult } from '../http/route.ts';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
};

/** Deployment settings, passed to every function by the CDK app. */
export const awsSettings = (): Settings => ({
  siteUrl: required('CLINICALL_SITE_URL'),
  organisationName: process.env.CLINICALL_ORGANISATION_NAME ?? 'Clinicall',
  linkTtlSeconds: Number(process.env.CLINICALL_LINK_TTL_SECONDS ?? 300),
  consultNowChannel: process.env.CLINICALL_CONSULT_NOW_CHANNEL === 'email' ? 'email' : 'sms',
});

let dependencies: Dependencies | undefined;

/**
 * The AWS composition root: built once per execution environment, on first use, so a function
 * creates only the clients it is given the configuration for.
 */
export const awsDependencies = (): Dependencies => {
  if (dependencies) return dependencies;
  const store = dynamoStore(documentClient(), required('CLINICALL_TABLE_PREFIX'));
  const lazy = <T extends object>(make: () => T): T => {
    let made: T | undefined;
    return new Proxy({} as T, { get: (_, key) => (made ??= make())[key as keyof T] });
  };
  dependencies = {
    mode: 'aws',
    store,
    clock: systemClock,
    ids: cryptoIds,
    settings: awsSettings(),
    notifier: lazy(() =>
      awsNotifier(new SNSClient({}), new SESv2Client({}), {
        emailFrom: required('CLINICALL_EMAIL_FROM'),
        ...(process.env.CLINICALL_SMS_SENDER_ID && { smsSenderId: process.env.CLINICALL_SMS_SENDER_ID }),
        ...(process.env.CLINICALL_SMS_ORIGINATION_NUMBER && {
          smsOriginationNumber: process.env.CLINICALL_SMS_ORIGINATION_NUMBER,
        }),
      }),
    ),
    events: lazy(() =>
      connectionEvents(
        store.access,
        apiGatewayPost(new ApiGatewayManagementApiClient({ endpoint: required('CLINICALL_EVENTS_ENDPOINT') })),
      ),
    ),
    timers: lazy(() => stepFunctionsTimers(new SFNClient({}), required('CLINICALL_TIMER_STATE_MACHINE_ARN'))),
    integrations: process.env.CLINICALL_EVENT_BUS_NAME
      ? lazy(() => eventBridgeIntegrations(new EventBridgeClient({}), required('CLINICALL_EVENT_BUS_NAME')))
      : noIntegrations,
    meetings: lazy(() =>
      chimeMeetings(new ChimeSDKMeetingsClient({ region: required('CLINICALL_CHIME_CONTROL_REGION') }), required('CLINICALL_CHIME_MEDIA_REGION')),
    ),
  };
  return dependencies;
};

export type HandlerFactory = (deps: Dependencies) => ApiHandler;
export type LambdaHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** The Lambda entry for a handler factory; the local runtime calls the factory itself. */
export const onAws = (create: HandlerFactory): LambdaHandler => {
  let handler: ApiHandler | undefined;
  return (event, context) => (handler ??= create(awsDependencies()))(event, context);
};

/** Lambda entries for every factory of a handler file, under the same names. */
onAws.all = <K extends string>(factories: Record<K, HandlerFactory>): Record<K, LambdaHandler> =>
  Object.fromEntries(
    Object.entries<HandlerFactory>(factories).map(([name, create]) => [name, onAws(create)]),
  ) as Record<K, LambdaHandler>;
