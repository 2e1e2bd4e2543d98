import type { Encounter, Operation, StaffGroup } from '@clinicall/shared';
import type { Context } from 'aws-lambda';
import { cryptoIds } from '#adapters/ids';
import { startDynalite, type LocalDynamo } from '#adapters/dynamodb/dynalite';
import { dynamoStore } from '#adapters/dynamodb/store';
import { p2pMeetings } from '#adapters/p2p-meetings';
import { listedStaff } from '#adapters/listed-staff';
import { readLocalNumbersIn } from '@clinicall/shared';
import { type Audience, careDefaults, localeDefaults, retentionDefaults, type Clock, type Dependencies, type Message, type PendingTimer, type Settings } from '#ports';
import type { ApiEvent, ApiHandler, ApiResult } from '../http/route.ts';
import { loadFactory } from '../route-factories.ts';
import { routes } from '../routes.ts';

/** Test support: API Gateway HTTP API (payload 2.0) events and handlers on a real local DynamoDB. */

export type Claims = Record<string, unknown>;

export const staffClaims = (groups: readonly StaffGroup[] | string = ['clinician'], sub = 'staff-test-1'): Claims => ({
  sub,
  email: `${sub}@example.org`,
  name: 'Dr Test',
  'cognito:groups': groups,
});

/** The staff directory of every test API: members of meeting rooms, a clinician and an administrator. */
export const testStaff = [
  { id: 'staff-member-1', email: 'staff-member-1@example.org', name: 'Maria Member', groups: ['meeting-room-member'] },
  { id: 'staff-member-2', email: 'staff-member-2@example.org', name: 'Mo Member', groups: ['meeting-room-member', 'clinician'] },
  { id: 'staff-test-1', email: 'staff-test-1@example.org', name: 'Dr Test', groups: ['clinician'] },
  { id: 'staff-admin-1', email: 'staff-admin-1@example.org', name: 'Ada Admin', groups: ['admin'] },
] as const satisfies readonly { id: string; email: string; name: string; groups: readonly StaffGroup[] }[];

export interface EventOptions {
  readonly pathParameters?: Record<string, string>;
  readonly query?: Record<string, string>;
  /** A JSON value, sent as application/json unless `contentType` says otherwise. */
  readonly json?: unknown;
  /** A raw body, sent as is. */
  readonly body?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
  readonly claims?: Claims;
  readonly isBase64Encoded?: boolean;
}

/** The event API Gateway hands the Lambda of `op` for a request, claims from the JWT authorizer. */
export const apiEvent = (op: Operation, options: EventOptions = {}): ApiEvent => {
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.pathParameters?.[name] ?? ''));
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const routeKey = `${op.method} ${op.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString,
    headers,
    ...(options.query && { queryStringParameters: options.query }),
    ...(options.pathParameters && { pathParameters: options.pathParameters }),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test.example.org',
      domainPrefix: 'test',
      http: { method: op.method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'request-1',
      routeKey,
      stage: '$default',
      time: new Date(0).toISOString(),
      timeEpoch: 0,
      ...(options.claims && {
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: options.claims as Record<string, string>, scopes: [] } },
      }),
    },
    ...(body !== undefined && { body }),
    isBase64Encoded: options.isBase64Encoded ?? false,
  } as ApiEvent;
};

export const lambdaContext = (): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:test',
  memoryLimitInMB: '1024',
  awsRequestId: 'request-1',
  logGroupName: '/aws/lambda/test',
  logStreamName: 'test',
  getRemainingTimeInMillis: () => 29_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

export interface Response {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

export const invoke = async (handler: ApiHandler, event: ApiEvent): Promise<Response> => {
  const result: ApiResult = await handler(event, lambdaContext());
  const text = result.body ?? '';
  const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return { status: result.statusCode ?? 200, headers, text, json: parse(text) };
};

export const testSettings: Settings = {
  siteUrl: 'https://clinic.example.org',
  organisationName: 'Test Clinic',
  linkTtlSeconds: 300,
  consultNowChannel: 'sms',
  ...careDefaults,
  ...localeDefaults,
  ...retentionDefaults,
};

/** What left the system besides the store: messages sent, events published, timers started. */
export interface Outside {
  readonly messages: Message[];
  readonly events: { topic: string; event: unknown; audience?: Audience }[];
  /** Topics whose connections were ended. */
  readonly closedTopics: string[];
  readonly timers: PendingTimer[];
  readonly encounters: Encounter[];
}

export interface TestApi {
  readonly dynamo: LocalDynamo;
  readonly deps: Dependencies;
  readonly outside: Outside;
  /** Calls the handler the route table serves for the operation. */
  call(op: Operation, options?: EventOptions): Promise<Response>;
  close(): Promise<void>;
}

/** Every route's handler, built from the route table's factories, on an in-memory dynalite. */
export const startTestApi = async (
  tablePrefix: string,
  clock: Clock = { now: () => new Date() },
  settings: Partial<Settings> = {},
): Promise<TestApi> => {
  const dynamo = await startDynalite({ tablePrefix });
  const configured = { ...testSettings, ...settings };
  readLocalNumbersIn(configured.country);
  const outside: Outside = { messages: [], events: [], closedTopics: [], timers: [], encounters: [] };
  const deps: Dependencies = {
    mode: 'local',
    store: dynamoStore(dynamo.db, tablePrefix, { defaultLanguage: configured.defaultLanguage }),
    clock,
    ids: cryptoIds,
    // The outside world, recorded: the real store is the only thing these tests must not fake.
    notifier: { send: (message) => Promise.resolve(void outside.messages.push(message)) },
    events: {
      publish: (topic, event, audience) => Promise.resolve(void outside.events.push({ topic, event, ...(audience && { audience }) })),
      publishAll: (topic, deliveries) =>
        Promise.resolve(void outside.events.push(...deliveries.map(({ event, audience }) => ({ topic, event, ...(audience && { audience }) })))),
      close: (topic) => Promise.resolve(void outside.closedTopics.push(topic)),
    },
    timers: { start: (timer) => Promise.resolve(void outside.timers.push(timer)) },
    meetings: p2pMeetings(),
    integrations: { encounterRecorded: (encounter) => Promise.resolve(void outside.encounters.push(encounter)) },
    staffDirectory: listedStaff(() => testStaff),
    settings: configured,
  };
  const handlers = new Map<string, ApiHandler>();
  for (const route of routes) handlers.set(route.operation.id, (await loadFactory(route))(deps));
  return {
    dynamo,
    deps,
    outside,
    call: (op, options) => {
      const handler = handlers.get(op.id);
      if (!handler) throw new Error(`No route serves ${op.id}`);
      return invoke(handler, apiEvent(op, options));
    },
    close: () => dynamo.close(),
  };
};
