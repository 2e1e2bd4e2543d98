import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffGroups } from '@clinicall/shared';
import { tableNames, tables } from '@clinicall/functions/adapters/dynamodb/tables';
import { encodedFrom } from '@clinicall/functions/adapters/aws/sms-email';
import { routes } from '@clinicall/functions/routes';
import { timerDefinitionPath } from '../timer/definition.ts';
import { StageConfigError, unreservedMinimum } from './config/stage-config.ts';
import { chimeOrigins } from './stateless/content-security-policy.ts';
import { functionIdFor } from './stateless/feature-entries.ts';
import { type Synthesized, synthesize } from './testing/synth.ts';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** vitest's asymmetric matchers are typed `any`: name them once, as `unknown`. */
const anything: unknown = expect.anything();
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const containing = (text: string): unknown => expect.stringContaining(text);

let s: Synthesized;
const resourcesOf = (template: Synthesized['application']) => (template.toJSON() as { Resources: Record<string, Resource> }).Resources;
beforeAll(() => {
  s = synthesize();
}, 180_000);

const logicalId = (construct: CfnResource) => Stack.of(construct).getLogicalId(construct);
const functionOf = (id: string) => {
  const fn = s.stateless.functions.get(id);
  if (!fn) throw new Error(`no function ${id}`);
  return fn;
};
const functionLogicalId = (id: string) => logicalId(functionOf(id).function.node.defaultChild as CfnFunction);
const fromAddress = 'video@clinic.example';
/** The function serving a route: one per handler file ("direct-calls" → DirectCallsRoutes). */
const functionIdOf = (route: { file: string }) => functionIdFor(route.file);
const handlerFiles = [...new Set(routes.map((route) => route.file))];

/** The Allow statements of one function's policy, as synthesized. */
const statementsOf = (id: string): Statement[] => {
  const policy = functionOf(id).role.policy.node.defaultChild as CfnResource;
  const document = resourcesOf(s.application)[logicalId(policy)]!.Properties.PolicyDocument as { Statement: Statement[] };
  return document.Statement;
};
const allowedActions = (id: string) =>
  new Set(statementsOf(id).filter((st) => st.Effect === 'Allow').flatMap((st) => [st.Action].flat()));
const environmentOf = (id: string) =>
  (resourcesOf(s.application)[functionLogicalId(id)] as Resource).Properties.Environment as { Variables: Record<string, unknown> };

describe('the route table, deployed', () => {
  it('gives every handler file one function, and every route an HTTP API route', () => {
    for (const route of routes) {
      const fn = functionOf(functionIdOf(route));
      expect(fn.function.node.defaultChild).toBeInstanceOf(CfnFunction);
      s.application.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.operation.method} ${route.operation.path}`,
      });
    }
    const routeKeys = Object.values(s.application.findResources('AWS::ApiGatewayV2::Route'))
      .map((r) => (r as Resource).Properties.RouteKey as string)
      .filter((key) => !key.startsWith('$'));
    expect(routeKeys.sort()).toEqual(routes.map((r) => `${r.operation.method} ${r.operation.path}`).sort());
    // At most one function per handler file, plus the timer task and the events socket.
    expect(s.stateless.functions.size).toBe(handlerFiles.length + 2);
  });

  it('serves the group sessions from their own function, GroupsRoutes, with the tables and clients their operations need', () => {
    const served = routes.filter((r) => functionIdOf(r) === 'GroupsRoutes').map((r) => r.operation.id).sort();
    expect(served).toEqual(['addCoHost', 'broadcast', 'createConsultation', 'handOver', 'raiseHand', 'register', 'withdrawRegistration']);
    const actions = allowedActions('GroupsRoutes');
    for (const action of ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'states:StartExecution']) expect(actions.has(action), action).toBe(true);
  });

  it("sends each route to its handler file's function, which dispatches by route key", () => {
    const integrations = s.application.findResources('AWS::ApiGatewayV2::Integration');
    for (const route of routes) {
      const [, routeResource] = Object.entries(s.application.findResources('AWS::ApiGatewayV2::Route')).find(
        ([, r]) => (r as Resource).Properties.RouteKey === `${route.operation.method} ${route.operation.path}`,
      )!;
      const target = JSON.stringify((routeResource as Resource).Properties.Target);
      const integrationId = /"Ref":"([^"]+)"/.exec(target)![1]!;
      expect((integrations[integrationId] as Resource).Properties.IntegrationUri).toEqual({
        'Fn::GetAtt': [functionLogicalId(functionIdOf(route)), 'Arn'],
      });
      expect((resourcesOf(s.application)[functionLogicalId(functionIdOf(route))] as Resource).Properties.Handler).toBe('index.handler');
    }
    // One integration per function, shared by its routes; each route keeps an invoke permission scoped to its own path.
    const httpIntegrations = Object.values(integrations).filter((r) => (r as Resource).Properties.PayloadFormatVersion === '2.0');
    expect(httpIntegrations).toHaveLength(new Set(routes.map(functionIdOf)).size);
    const sourceArns = Object.values(s.application.findResources('AWS::Lambda::Permission')).map((r) =>
      JSON.stringify((r as Resource).Properties.SourceArn),
    );
    for (const route of routes) expect(sourceArns.some((arn) => arn.includes(`/*/*${route.operation.path}"`)), route.operation.id).toBe(true);
  });

  it('puts the Cognito JWT authorizer on staff routes and no authorizer on the others', () => {
    const authorizers = s.application.findResources('AWS::ApiGatewayV2::Authorizer');
    const [authorizerId, authorizer] = Object.entries(authorizers)[0]!;
    expect(Object.keys(authorizers)).toHaveLength(1);
    expect((authorizer as Resource).Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [{ Ref: matching(/^StaffSignIn/) }] },
    });
    for (const route of routes) {
      const routeKey = `${route.operation.method} ${route.operation.path}`;
      if (route.operation.auth === 'staff') {
        s.application.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          RouteKey: routeKey,
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizerId },
        });
      } else {
        s.application.hasResourceProperties('AWS::ApiGatewayV2::Route', {
          RouteKey: routeKey,
          AuthorizationType: 'NONE',
          AuthorizerId: Match.absent(),
        });
      }
    }
  });

  it('lets staff-or-participant functions verify staff tokens themselves, and only them', () => {
    for (const file of handlerFiles) {
      const variables = environmentOf(functionIdOf({ file })).Variables;
      if (routes.some((route) => route.file === file && route.operation.auth === 'staff-or-participant')) {
        expect(variables).toMatchObject({ CLINICALL_USER_POOL_ID: anything, CLINICALL_USER_POOL_CLIENT_ID: anything });
      } else if (file === 'meeting-rooms' || file === 'groups') {
        // Reads the staff directory (a room's members, a session's co-moderators), with no client id: it verifies no token itself.
        expect(variables).toMatchObject({ CLINICALL_USER_POOL_ID: anything });
        expect(variables.CLINICALL_USER_POOL_CLIENT_ID).toBeUndefined();
      } else {
        expect(variables.CLINICALL_USER_POOL_ID, file).toBeUndefined();
      }
    }
  });

  it('throttles the stage, and the public routes harder', () => {
    const stage = Object.values(s.application.findResources('AWS::ApiGatewayV2::Stage')).find(
      (r) => (r as Resource).Properties.StageName === '$default',
    ) as Resource;
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    const publicRoutes = routes.filter((r) => r.operation.auth === 'public').map((r) => `${r.operation.method} ${r.operation.path}`);
    const settings = stage.Properties.RouteSettings as Record<string, unknown>;
    expect(Object.keys(settings).sort()).toEqual(publicRoutes.sort());
    // The keys CloudFormation documents for RouteSettings, not the L1 property names.
    for (const key of publicRoutes) expect(settings[key]).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
    // The stage is created after every route it names.
    const [stageId] = Object.entries(s.application.findResources('AWS::ApiGatewayV2::Stage')).find(([, r]) => (r as Resource).Properties.StageName === '$default')!;
    const dependsOn = new Set((resourcesOf(s.application)[stageId] as Resource & { DependsOn?: string[] }).DependsOn ?? []);
    const routeIds = Object.entries(s.application.findResources('AWS::ApiGatewayV2::Route'))
      .filter(([, r]) => publicRoutes.includes((r as Resource).Properties.RouteKey as string))
      .map(([id]) => id);
    expect(routeIds).toHaveLength(publicRoutes.length);
    for (const id of routeIds) expect(dependsOn.has(id), id).toBe(true);
    expect(stage.Properties.AccessLogSettings).toMatchObject({ DestinationArn: anything, Format: containing('$context.routeKey') });
  });

  it('serves the events WebSocket API: $connect, $disconnect and $default, all to the events function', () => {
    const socket = functionLogicalId('EventsSocket');
    for (const routeKey of ['$connect', '$disconnect', '$default']) {
      s.application.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey, AuthorizationType: 'NONE' });
    }
    const wsIntegrations = Object.values(s.application.findResources('AWS::ApiGatewayV2::Integration')).filter((r) =>
      JSON.stringify((r as Resource).Properties.IntegrationUri).includes(socket),
    );
    expect(wsIntegrations).toHaveLength(3);
    expect(environmentOf('EventsSocket').Variables.CLINICALL_EVENTS_ENDPOINT).toBeDefined();
  });
});

describe('functions', () => {
  it('all run Node.js 24 on arm64 with X-Ray, an encrypted log group with retention, and their own role', () => {
    const logGroups = s.application.findResources('AWS::Logs::LogGroup');
    for (const fn of s.stateless.functions.values()) {
      const resource = resourcesOf(s.application)[logicalId(fn.function.node.defaultChild as CfnResource)] as Resource;
      expect(resource.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
      });
      const logGroupId = (resource.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect((logGroups[logGroupId] as Resource).Properties).toMatchObject({ RetentionInDays: 365, KmsKeyId: anything });
      expect((logGroups[logGroupId] as Resource).DeletionPolicy).toBe('Retain');
    }
  });

  it('give each function only the environment its use case reads', () => {
    const getPatient = environmentOf('PatientsRoutes').Variables;
    expect(Object.keys(getPatient).filter((k) => k.startsWith('CLINICALL_')).sort()).toEqual([
      'CLINICALL_CONSULT_NOW_CHANNEL',
      'CLINICALL_CONTACT_RETENTION_MINUTES',
      'CLINICALL_COUNTRY',
      'CLINICALL_DEFAULT_LANGUAGE',
      'CLINICALL_LINK_TTL_SECONDS',
      'CLINICALL_LOG_LEVEL',
      'CLINICALL_ORGANISATION_NAME',
      'CLINICALL_ORIGIN_SECRET_ARN',
      'CLINICALL_SITE_URL',
      'CLINICALL_TABLE_PREFIX',
      'CLINICALL_TIME_ZONE',
    ]);
    expect(getPatient.CLINICALL_TABLE_PREFIX).toBe('clinicall-example');
    // No --enable-source-maps: it would read every source map at each cold start (the logger maps an error's stack itself).
    expect(getPatient.NODE_OPTIONS).toBeUndefined();
    expect(environmentOf('ConsultationsRoutes').Variables).toMatchObject({
      CLINICALL_EMAIL_FROM: 'Northside Health <video@clinic.example>',
      CLINICALL_SMS_SENDER_ID: 'Northside',
      CLINICALL_TIMER_STATE_MACHINE_ARN: anything,
      CLINICALL_EVENTS_ENDPOINT: anything,
    });
    expect(environmentOf('ConsultationsRoutes').Variables).toMatchObject({
      CLINICALL_CHIME_CONTROL_REGION: 'eu-west-2',
      CLINICALL_CHIME_MEDIA_REGION: 'eu-west-2',
    });
    expect(environmentOf('AppointmentsRoutes').Variables.CLINICALL_CHIME_CONTROL_REGION).toBeUndefined();
    expect(environmentOf('LinksRoutes').Variables.CLINICALL_EVENT_BUS_NAME).toBeUndefined();
  });

  it("pass the stage's retention of contact details to the timer and every function that opens a consultation", () => {
    for (const id of ['TimerTask', 'ConsultationsRoutes', 'DirectCallsRoutes', 'PortalRoutes', 'MeetingRoomsRoutes']) {
      expect(environmentOf(id).Variables.CLINICALL_CONTACT_RETENTION_MINUTES, id).toBe('60');
      // A patient's call history stays as long as their record unless the stage sets a period.
      expect(environmentOf(id).Variables.CLINICALL_PATIENT_HISTORY_DAYS, id).toBeUndefined();
    }
    const kept = synthesize({ contactRetentionMinutes: 0, patientHistoryDays: 3650 });
    const timer = kept.stateless.functions.get('TimerTask')!.function.node.defaultChild as CfnFunction;
    const variables = ((kept.application.toJSON() as { Resources: Record<string, Resource> }).Resources[Stack.of(timer).getLogicalId(timer)]!
      .Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toMatchObject({ CLINICALL_CONTACT_RETENTION_MINUTES: '0', CLINICALL_PATIENT_HISTORY_DAYS: '3650' });
  }, 120_000);

  it("reserve the stage's concurrency each, and the synth refuses a value the account's quota cannot give them all", () => {
    // Lambda keeps 100 of the quota (1,000 in the example stage) unreserved, across every function the app makes.
    const count = s.stateless.functions.size;
    const most = Math.floor((s.config.concurrencyQuota - unreservedMinimum) / count);
    const refusal = (() => {
      try {
        synthesize({ reservedConcurrency: most + 1 });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(StageConfigError);
    expect((refusal as Error).message).toContain(
      `reservedConcurrency ${most + 1} × ${count} functions = ${(most + 1) * count}, but an account quota of 1000 leaves 900 to reserve`,
    );
    expect((refusal as Error).message).toContain(`Use at most ${most},`);
    const fitting = synthesize({ reservedConcurrency: most });
    for (const [id, fn] of fitting.stateless.functions) {
      const resource = resourcesOf(fitting.application)[logicalId(fn.function.node.defaultChild as CfnResource)] as Resource;
      expect(resource.Properties.ReservedConcurrentExecutions, id).toBe(most);
    }
  });
});

describe('least privilege', () => {
  const base = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

  // Every route reads the origin secret (through-the-site.ts): decrypting it needs the data key.
  const route = [...base, 'secretsmanager:GetSecretValue', 'kms:Decrypt'];

  it('grants a read-only feature reads on its one table and decrypt on the data key, nothing else', () => {
    expect([...allowedActions('EventsRoutes')].sort()).toEqual(
      [...new Set([...route, 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'])].sort(),
    );
    expect([...allowedActions('HealthRoutes')].sort()).toEqual([...route].sort());
    expect([...allowedActions('OpenapiRoutes')].sort()).toEqual([...route].sort());
    expect([...allowedActions('TimerTask')].some((a) => a.startsWith('secretsmanager:'))).toBe(false);
  });

  it('lets only the link senders publish SMS, send email and start timers, each on its one resource', () => {
    // Who sends messages: links (Consult Now, invites), resends, appointment proposals and changes,
    // extras' links on acceptance and missed-call notices (portal), reminders (timer).
    // and a meeting room's guest link sent by a member, and a group session's registration links.
    const messengers = new Set(['ConsultationsRoutes', 'LinksRoutes', 'AppointmentsRoutes', 'PortalRoutes', 'TimerTask', 'MeetingRoomsRoutes', 'GroupsRoutes']);
    // Who starts timers: link expiry, an accepted appointment's reminders and end, a call's ring timers,
    // the watch over a meeting room's sitting (opened by a member entering or a guest's link), a
    // group session's end, contact purge and registration links, and breakout rooms opened or extended for a set time.
    const timerStarters = new Set(['ConsultationsRoutes', 'LinksRoutes', 'PortalRoutes', 'DirectCallsRoutes', 'MeetingRoomsRoutes', 'JoinRoutes', 'GroupsRoutes', 'BreakoutRoomsRoutes']);
    for (const [id] of s.stateless.functions) {
      const actions = allowedActions(id);
      for (const action of ['sns:Publish', 'ses:SendEmail']) expect(actions.has(action), `${id} ${action}`).toBe(messengers.has(id));
      expect(actions.has('states:StartExecution'), `${id} states:StartExecution`).toBe(timerStarters.has(id));
    }
    const statements = statementsOf('ConsultationsRoutes');
    // Every identity SES checks (the From address's own, its domain, sandbox recipients) and the
    // configuration set, of this account and Region, held to the organisation's From address.
    const ses = (resource: string) => ({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:eu-west-2:', { Ref: 'AWS::AccountId' }, `:${resource}`]] },
      Condition: { StringEqualsIgnoreCase: { 'ses:FromAddress': fromAddress } },
    });
    expect(statements).toContainEqual(ses('identity/*'));
    expect(statements).toContainEqual(ses('configuration-set/*'));
    expect(statements.filter((st) => [st.Action].flat().includes('ses:SendEmail'))).toHaveLength(2);
    const start = statements.find((st) => st.Action === 'states:StartExecution')!;
    expect((start.Resource as { Ref: string }).Ref).toMatch(/^TimerStateMachine/);
    // Direct SMS has no resource ARN; publishing to any topic is denied.
    expect(statements).toContainEqual({
      Effect: 'Deny',
      Action: 'sns:Publish',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*']] },
    });
  });

  it('grants only the Chime meeting actions each function uses', () => {
    const chime = (id: string) => [...allowedActions(id)].filter((a) => a.startsWith('chime:')).sort();
    expect(chime('ConsultationsRoutes')).toEqual([
      'chime:BatchCreateAttendee',
      'chime:CreateAttendee',
      'chime:CreateMeeting',
      'chime:DeleteMeeting',
      'chime:GetMeeting',
    ]);
    // CreateMeeting has no resource type: only "*" matches it. The rest stay on this account's meetings.
    const media = statementsOf('ConsultationsRoutes').filter((st) => [st.Action].flat().some((a) => a.startsWith('chime:')));
    expect(media).toContainEqual({ Effect: 'Allow', Action: 'chime:CreateMeeting', Resource: '*' });
    const scoped = media.find((st) => st.Resource !== '*')!;
    expect([scoped.Action].flat().sort()).toEqual(['chime:BatchCreateAttendee', 'chime:CreateAttendee', 'chime:DeleteMeeting', 'chime:GetMeeting']);
    expect(JSON.stringify(scoped.Resource)).toContain(':meeting/*');
    // Whoever leaves (join.ts) loses their attendee, found by participant id; a link locked for good
    // closes a consultation nobody came to, and its meeting. Nothing more.
    expect(chime('JoinRoutes')).toEqual(['chime:DeleteAttendee', 'chime:DeleteMeeting', 'chime:ListAttendees']);
    const leave = statementsOf('JoinRoutes').filter((st) => [st.Action].flat().some((a) => a.startsWith('chime:')));
    expect(leave.every((st) => st.Resource !== '*' && JSON.stringify(st.Resource).includes(':meeting/*'))).toBe(true);
    // The host's moderation changes what attendees send or deletes them; it never makes a meeting.
    expect(chime('ModerationRoutes')).toEqual([
      'chime:BatchUpdateAttendeeCapabilitiesExcept',
      'chime:DeleteAttendee',
      'chime:ListAttendees',
      'chime:UpdateAttendeeCapabilities',
    ]);
    const moderation = statementsOf('ModerationRoutes').filter((st) => [st.Action].flat().some((a) => a.startsWith('chime:')));
    expect(moderation.every((st) => st.Resource !== '*' && JSON.stringify(st.Resource).includes(':meeting/*'))).toBe(true);
    // Breakout rooms: each room's meeting made with its people's attendees in batches when the rooms open, deleted
    // when they close. Only CreateMeeting is on "*"; the rest stay on this account's meetings.
    expect(chime('BreakoutRoomsRoutes')).toEqual(['chime:BatchCreateAttendee', 'chime:CreateMeeting', 'chime:DeleteMeeting', 'chime:GetMeeting']);
    const rooms = statementsOf('BreakoutRoomsRoutes').filter((st) => [st.Action].flat().some((a) => a.startsWith('chime:')));
    expect(rooms).toContainEqual({ Effect: 'Allow', Action: 'chime:CreateMeeting', Resource: '*' });
    const roomScoped = rooms.filter((st) => st.Resource !== '*');
    expect(roomScoped.flatMap((st) => [st.Action].flat()).sort()).toEqual(['chime:BatchCreateAttendee', 'chime:DeleteMeeting', 'chime:GetMeeting']);
    expect(roomScoped.every((st) => JSON.stringify(st.Resource).includes(':meeting/*'))).toBe(true);
    // A call hung up, declined or unanswered (and a consultation nobody came to) ends its meeting, and nothing more.
    // So do a meeting room deleted with people in it, and the last live link of an unused consultation withdrawn.
    for (const id of ['DirectCallsRoutes', 'PortalRoutes', 'TimerTask', 'MeetingRoomsRoutes', 'LinksRoutes']) expect(chime(id), id).toEqual(['chime:DeleteMeeting']);
    // A registration withdrawn while its person is in the call deletes their attendee, found by participant id.
    expect(chime('GroupsRoutes')).toEqual(['chime:DeleteAttendee', 'chime:ListAttendees']);
    const withChime = ['ConsultationsRoutes', 'JoinRoutes', 'ModerationRoutes', 'BreakoutRoomsRoutes', 'DirectCallsRoutes', 'PortalRoutes', 'TimerTask', 'MeetingRoomsRoutes', 'LinksRoutes', 'GroupsRoutes'];
    for (const [id] of s.stateless.functions) if (!withChime.includes(id)) expect(chime(id), id).toEqual([]);
  });

  it('lets only the meeting rooms and group sessions (their co-moderators) read the staff directory, and only its one user pool', () => {
    for (const [id] of s.stateless.functions) {
      expect(allowedActions(id).has('cognito-idp:ListUsersInGroup'), id).toBe(id === 'MeetingRoomsRoutes' || id === 'GroupsRoutes');
    }
    const coModerators = statementsOf('GroupsRoutes').find((st) => st.Action === 'cognito-idp:ListUsersInGroup')!;
    expect(JSON.stringify(coModerators.Resource)).toMatch(/StaffDirectoryStaff.*Arn/);
    const listing = statementsOf('MeetingRoomsRoutes').find((st) => st.Action === 'cognito-idp:ListUsersInGroup')!;
    expect(JSON.stringify(listing.Resource)).toMatch(/StaffDirectoryStaff.*Arn/);
  });

  it('lets the timer state machine invoke exactly the timer function', () => {
    const policies = Object.entries(s.application.findResources('AWS::IAM::ManagedPolicy')).filter(([id]) => id.startsWith('TimerRole'));
    const statements = policies.flatMap(([, p]) => ((p as Resource).Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Action: 'lambda:InvokeFunction',
      Resource: { 'Fn::GetAtt': [functionLogicalId('TimerTask'), 'Arn'] },
    });
  });

  it('names specific actions everywhere, and a wildcard resource only where it is acknowledged with a reason', () => {
    const acknowledged = (construct: CfnResource, finding: string) => {
      for (let c: typeof construct.node.scope = construct; c; c = c.node.scope) {
        for (const entry of c.node.metadata) {
          if (entry.type !== 'aws:cdk:acknowledged-rules') continue;
          const reasons = Object.entries(entry.data as Record<string, string>).filter(([id]) => id.replace(/^annotation::/i, '') === finding);
          if (reasons.some(([, reason]) => reason.length >= 40)) return true;
        }
      }
      return false;
    };
    let checked = 0;
    for (const stack of [s.stateful, s.stateless]) {
      for (const construct of stack.node.findAll()) {
        if (!CfnResource.isCfnResource(construct) || !/^AWS::IAM::(ManagedPolicy|Policy)$/.test(construct.cfnResourceType)) continue;
        const document = stack.resolve((construct as unknown as { policyDocument: unknown }).policyDocument) as { Statement: Statement[] };
        for (const statement of document.Statement.filter((st) => st.Effect === 'Allow')) {
          checked++;
          for (const action of [statement.Action].flat()) {
            expect(action === '*' || action.endsWith(':*'), `${construct.node.path}: ${action}`).toBe(false);
            if (action.includes('*')) expect(acknowledged(construct, `AwsSolutions-IAM5[Action::${action}]`), `${construct.node.path}: ${action}`).toBe(true);
          }
          for (const resource of [statement.Resource].flat().map(flattenCfnReference)) {
            if (resource.includes('*')) {
              expect(acknowledged(construct, `AwsSolutions-IAM5[Resource::${resource}]`), `${construct.node.path}: ${resource}`).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the audit trail', () => {
  const auditTable = () => {
    const [id, table] = Object.entries(s.data.findResources('AWS::DynamoDB::Table')).find(
      ([, r]) => (r as Resource).Properties.TableName === tableNames('clinicall-example').audit,
    )!;
    return { id, table: table as Resource };
  };
  /** Whether a statement's resource is the audit table (or one of its indexes), as the application stack imports it. */
  const onAuditTable = (statement: Statement) => {
    const { id } = auditTable();
    return [statement.Resource].flat().some((resource) => JSON.stringify(resource).includes(id));
  };

  it('is its own table with deletion protection, point-in-time recovery and the organisation\'s key, never deleted with the stack', () => {
    const { table } = auditTable();
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      TableName: 'clinicall-example-audit',
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
    });
    expect((table.Properties.GlobalSecondaryIndexes as { IndexName: string }[]).map((i) => i.IndexName).sort()).toEqual(['byActor', 'byConsultation', 'byPatient', 'byTime']);
  });

  it('keeps every staff sign-in, failed or successful, as Cognito\'s user authentication events in an encrypted, retained log group', () => {
    const logKey = Object.keys(s.data.findResources('AWS::KMS::Key')).find((id) => id.startsWith('KeysLogs'))!;
    const [groupId, group] = Object.entries(s.data.findResources('AWS::Logs::LogGroup')).find(([, r]) =>
      String((r as Resource).Properties.LogGroupName).endsWith('-staff-sign-ins'),
    )!;
    expect((group as Resource).DeletionPolicy).toBe('Retain');
    expect((group as Resource).Properties).toMatchObject({
      LogGroupName: '/aws/vendedlogs/cognito/clinicall-example-staff-sign-ins',
      KmsKeyId: { 'Fn::GetAtt': [logKey, 'Arn'] },
      RetentionInDays: s.config.logRetentionDays,
    });
    s.data.hasResourceProperties('AWS::Cognito::LogDeliveryConfiguration', {
      UserPoolId: { Ref: Match.stringLikeRegexp('StaffDirectoryStaff') },
      LogConfigurations: [{ EventSource: 'userAuthEvents', LogLevel: 'INFO', CloudWatchLogsConfiguration: { LogGroupArn: { 'Fn::GetAtt': [groupId, 'Arn'] } } }],
    });
  });

  it('denies every function UpdateItem, DeleteItem and BatchWriteItem on it', () => {
    const { id } = auditTable();
    expect(s.stateless.functions.size).toBeGreaterThan(5);
    for (const name of s.stateless.functions.keys()) {
      const denials = statementsOf(name).filter((st) => st.Effect === 'Deny' && onAuditTable(st));
      expect(denials, name).toHaveLength(1);
      expect([denials[0]!.Action].flat().sort(), name).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem']);
      expect(JSON.stringify(denials[0]!.Resource), name).toMatch(new RegExp(`${id}.*Arn`));
    }
  });

  it('lets functions only append to it (PutItem) and the trail\'s reader query it, nothing else', () => {
    let appenders = 0;
    for (const name of s.stateless.functions.keys()) {
      const allowed = statementsOf(name).filter((st) => st.Effect === 'Allow' && onAuditTable(st)).flatMap((st) => [st.Action].flat());
      for (const action of allowed) expect(['dynamodb:PutItem', 'dynamodb:Query'], `${name}: ${action}`).toContain(action);
      if (allowed.includes('dynamodb:PutItem')) appenders++;
      if (name !== 'AuditRoutes') expect(allowed, name).not.toContain('dynamodb:Query');
    }
    // Every feature with a recorded route appends; the health, OpenAPI and events-ticket functions do not.
    expect(appenders).toBe(s.stateless.functions.size - 5);
    const reader = statementsOf('AuditRoutes').filter((st) => st.Effect === 'Allow' && onAuditTable(st));
    expect(reader.flatMap((st) => [st.Action].flat()).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Query']);
    expect(JSON.stringify(reader)).toContain('/index/byPatient');
  });
});

describe('the clinical records (stateful stack)', () => {
  it('is termination-protected', () => {
    expect(s.stateful.terminationProtection).toBe(true);
  });

  it('makes every table of tables.ts: on-demand, customer-managed KMS, PITR, its TTL and indexes, retained', () => {
    const names = tableNames('clinicall-example');
    const dataKey = Object.keys(s.data.findResources('AWS::KMS::Key')).find((id) => id.startsWith('KeysData'))!;
    for (const [name, definition] of Object.entries(tables)) {
      const [, table] = Object.entries(s.data.findResources('AWS::DynamoDB::Table')).find(
        ([, r]) => (r as Resource).Properties.TableName === names[name as keyof typeof names],
      )!;
      const { Properties: properties, DeletionPolicy } = table as Resource;
      expect(DeletionPolicy).toBe('Retain');
      expect(properties).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [dataKey, 'Arn'] } },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        KeySchema: [
          { AttributeName: definition.partitionKey, KeyType: 'HASH' },
          ...('sortKey' in definition ? [{ AttributeName: definition.sortKey, KeyType: 'RANGE' }] : []),
        ],
      });
      if ('timeToLive' in definition) {
        expect(properties.TimeToLiveSpecification).toEqual({ AttributeName: definition.timeToLive, Enabled: true });
      }
      const indexes = (properties.GlobalSecondaryIndexes as { IndexName: string }[]).map((i) => i.IndexName).sort();
      expect(indexes).toEqual(Object.keys(definition.indexes).sort());
    }
    expect(Object.keys(s.data.findResources('AWS::DynamoDB::Table'))).toHaveLength(Object.keys(tables).length);
    s.data.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    expect(Object.values(s.data.findResources('AWS::KMS::Key')).every((k) => (k as Resource).DeletionPolicy === 'Retain')).toBe(true);
  });

  const dataResources = (type: string) => Object.values(s.data.findResources(type)) as Resource[];
  it('keeps each consultation as a partition: a header and one item per person, under a new table name', () => {
    const consultations = dataResources('AWS::DynamoDB::Table').find((r) => r.Properties.TableName === tableNames('clinicall-example').consultations)!;
    expect(consultations.Properties.TableName).toBe('clinicall-example-consultations-v2');
    expect(consultations.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it("finds a host's open consultations through the sparse index openByHost (whole items, newest first)", () => {
    const consultations = dataResources('AWS::DynamoDB::Table').find((r) => r.Properties.TableName === tableNames('clinicall-example').consultations)!;
    const properties = consultations.Properties as {
      AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
      GlobalSecondaryIndexes: { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    };
    expect(properties.GlobalSecondaryIndexes.find((i) => i.IndexName === 'openByHost')).toEqual({
      IndexName: 'openByHost',
      KeySchema: [
        { AttributeName: 'openHost', KeyType: 'HASH' },
        { AttributeName: 'createdAt', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(properties.AttributeDefinitions).toContainEqual({ AttributeName: 'openHost', AttributeType: 'S' });
  });

  it("finds a co-moderator's group sessions through the sparse index byCoHost on their person items", () => {
    const consultations = dataResources('AWS::DynamoDB::Table').find((r) => r.Properties.TableName === tableNames('clinicall-example').consultations)!;
    const properties = consultations.Properties as {
      AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
      GlobalSecondaryIndexes: { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    };
    expect(properties.GlobalSecondaryIndexes.find((i) => i.IndexName === 'byCoHost')).toEqual({
      IndexName: 'byCoHost',
      KeySchema: [
        { AttributeName: 'coHostId', KeyType: 'HASH' },
        { AttributeName: 'createdAt', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(properties.AttributeDefinitions).toContainEqual({ AttributeName: 'coHostId', AttributeType: 'S' });
  });

  it('backs up every table daily into a vault under the data key', () => {
    const selection = Object.values(s.data.findResources('AWS::Backup::BackupSelection'))[0] as Resource;
    const resources = JSON.stringify((selection.Properties.BackupSelection as { Resources: unknown }).Resources);
    for (const id of Object.keys(s.data.findResources('AWS::DynamoDB::Table'))) expect(resources).toContain(id);
    s.data.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: Match.anyValue() });
  });

  it('keeps staff in a pool only administrators add to, with TOTP, a strong password policy and threat protection', () => {
    s.data.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true },
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
    });
    const groups = Object.values(s.data.findResources('AWS::Cognito::UserPoolGroup')).map((g) => (g as Resource).Properties.GroupName);
    expect(groups.sort()).toEqual([...staffGroups].sort());
  });

  it('sends staff invitations and codes through SES from the organisation\'s address, not Cognito\'s 50-a-day sender', () => {
    const [pool] = Object.values(s.data.findResources('AWS::Cognito::UserPool')) as Resource[];
    expect(pool!.Properties.EmailConfiguration).toEqual({
      EmailSendingAccount: 'DEVELOPER',
      From: 'Northside Health <video@clinic.example>',
      SourceArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:eu-west-2:', { Ref: 'AWS::AccountId' }, ':identity/clinic.example']] },
    });
  });

  it('names an organisation outside ASCII in the From address as an RFC 2047 encoded-word, as SES requires', () => {
    const swedish = synthesize({
      organisationName: 'Vårdcentralen Åby',
      email: { identity: 'clinic.example', from: 'Vårdcentralen Åby <video@clinic.example>' },
    });
    const [pool] = Object.values(swedish.data.findResources('AWS::Cognito::UserPool')) as Resource[];
    // Word for word what the SES adapter sends the organisation's own messages from.
    const from = '=?UTF-8?B?VsOlcmRjZW50cmFsZW4gw4VieQ==?= <video@clinic.example>';
    expect(encodedFrom('Vårdcentralen Åby <video@clinic.example>')).toBe(from);
    expect((pool!.Properties.EmailConfiguration as { From: string }).From).toBe(from);
  });

  it('signs staff in with the authorization code flow (PKCE, no client secret) back to the site', () => {
    s.application.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      CallbackURLs: [Match.objectLike({ 'Fn::Join': ['', Match.arrayWith(['/auth/callback'])] })],
    });
  });
});

describe('the timer', () => {
  it('is one Standard state machine deployed from the ASL file, with the timer function substituted', () => {
    const machines = Object.values(s.application.findResources('AWS::StepFunctions::StateMachine')) as Resource[];
    expect(machines).toHaveLength(1);
    const { Properties: properties } = machines[0]!;
    expect(properties).toMatchObject({
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL' },
    });
    const asl = readFileSync(timerDefinitionPath, 'utf8');
    const key = (properties.DefinitionS3Location as { Key: string }).Key;
    const deployed = readFileSync(join(s.outdir, `asset.${key}`), 'utf8');
    expect(deployed).toBe(asl);
    const substitutions = properties.DefinitionSubstitutions as Record<string, unknown>;
    const placeholders = [...asl.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    expect(Object.keys(substitutions).sort()).toEqual([...new Set(placeholders)].sort());
    expect(substitutions.TimerFunctionArn).toEqual({ 'Fn::GetAtt': [functionLogicalId('TimerTask'), 'Arn'] });
    const substituted = JSON.parse(asl.replaceAll('${TimerFunctionArn}', 'TIMER')) as { States: { Act: { Parameters: unknown } } };
    expect(substituted.States.Act.Parameters).toEqual({ FunctionName: 'TIMER', 'Payload.$': '$' });
  });
});

describe('the site', () => {
  const csp = () => {
    const policy = Object.values(s.application.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as Resource;
    const config = (policy.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: Record<string, Record<string, unknown>> })
      .SecurityHeadersConfig;
    return { config, text: JSON.stringify(config.ContentSecurityPolicy!.ContentSecurityPolicy) };
  };

  it('sends a strict Content-Security-Policy that lets calls reach Chime', () => {
    const { text } = csp();
    // The events socket is same-origin too (/api/events through CloudFront): no execute-api origin.
    expect(text).toContain(`connect-src 'self' ${chimeOrigins.join(' ')} https://`);
    expect(text).not.toContain('execute-api');
    expect(text).toContain("default-src 'self'");
    expect(text).toContain("media-src 'self' blob: mediastream:");
    expect(text).toContain("frame-ancestors 'none'");
    expect(text).toContain('.auth.eu-west-2.amazoncognito.com');
    expect(text).not.toContain('unsafe-inline');
  });

  it('sends HSTS, no referrer, nosniff and no framing', () => {
    const { config } = csp();
    expect(config).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
  });

  it('keeps the SPA bucket private: public access blocked, TLS only, readable only by this distribution', () => {
    const buckets = s.application.findResources('AWS::S3::Bucket');
    for (const bucket of Object.values(buckets)) {
      expect((bucket as Resource).Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    const siteId = Object.keys(buckets).find((id) => id.startsWith('Site') && !id.includes('AccessLogs'))!;
    expect((buckets[siteId] as Resource).Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: anything },
    });
    const policy = Object.values(s.application.findResources('AWS::S3::BucketPolicy')).find(
      (p) => JSON.stringify((p as Resource).Properties.Bucket) === JSON.stringify({ Ref: siteId }),
    ) as Resource;
    const statements = (policy.Properties.PolicyDocument as { Statement: (Statement & { Principal: unknown })[] }).Statement;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    for (const statement of statements.filter((st) => st.Effect === 'Allow')) {
      expect(statement.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(statement.Condition)).toContain('AWS:SourceArn');
    }
  });

  it('serves the app through origin access control, rewrites client routes, and passes /api/* to the API uncached', () => {
    s.application.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const distribution = (Object.values(s.application.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties
      .DistributionConfig as Record<string, unknown>;
    expect(distribution).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: anything }],
      },
      // The events socket first: CloudFront takes the first pattern that matches.
      CacheBehaviors: [
        { PathPattern: '/api/events', ViewerProtocolPolicy: 'https-only' },
        { PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' },
      ],
      Logging: { Bucket: anything },
    });
    // A distribution-wide error page would turn the API's JSON 404s into index.html.
    expect(distribution.CustomErrorResponses).toBeUndefined();
    s.application.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: {
        MaxTTL: 1,
        DefaultTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: { HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] } },
      },
    });
  });

  it('adds the origin secret to every API request, which every route checks, and forwards the viewer address', () => {
    const secrets = s.data.findResources('AWS::SecretsManager::Secret');
    expect(Object.values(secrets)).toHaveLength(1);
    const [secretId, secret] = Object.entries(secrets)[0]!;
    expect((secret as Resource).Properties).toMatchObject({
      KmsKeyId: anything,
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    const distribution = (Object.values(s.application.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties
      .DistributionConfig as { Origins: { CustomOriginConfig?: unknown; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[] };
    // Both APIs, the HTTP one and the events socket's, are reached with the secret.
    const apis = distribution.Origins.filter((origin) => origin.CustomOriginConfig);
    expect(apis).toHaveLength(2);
    for (const api of apis) {
      expect(api.OriginCustomHeaders).toHaveLength(1);
      expect(api.OriginCustomHeaders![0]!.HeaderName).toBe('x-clinicall-origin');
      // Resolved by CloudFormation at deploy time: the value itself is never in the template.
      expect(JSON.stringify(api.OriginCustomHeaders![0]!.HeaderValue)).toMatch(/\{\{resolve:secretsmanager:.*:SecretString:::\}\}/);
      expect(JSON.stringify(api.OriginCustomHeaders![0]!.HeaderValue)).toContain(secretId.slice(0, 12));
    }
    for (const [id] of s.stateless.functions) {
      if (id === 'TimerTask') continue;
      expect(environmentOf(id).Variables.CLINICALL_ORIGIN_SECRET_ARN, id).toEqual(anything);
    }
    s.application.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: {
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: Match.arrayWith(['Content-Type', 'CloudFront-Viewer-Address']) },
        CookiesConfig: { CookieBehavior: 'none' },
      },
    });
  });

  it('serves the events socket at /api/events: the WebSocket API asked at its stage, uncached, with the handshake and no query string', () => {
    const distribution = (Object.values(s.application.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties.DistributionConfig as {
      Origins: { Id: string; DomainName: unknown; CustomOriginConfig?: { OriginProtocolPolicy: string } }[];
      CacheBehaviors: { PathPattern: string; TargetOriginId: string; CachePolicyId: unknown; OriginRequestPolicyId: { Ref: string }; FunctionAssociations: { EventType: string; FunctionARN: { 'Fn::GetAtt': [string, string] } }[] }[];
    };
    const events = distribution.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/events')!;
    const origin = distribution.Origins.find((o) => o.Id === events.TargetOriginId)!;
    const [webSocketApiId] = Object.keys(s.application.findResources('AWS::ApiGatewayV2::Api', { Properties: { ProtocolType: 'WEBSOCKET' } }));
    expect(JSON.stringify(origin.DomainName)).toContain(webSocketApiId);
    expect(origin.CustomOriginConfig!.OriginProtocolPolicy).toBe('https-only');
    // CloudFront's managed CachingDisabled policy.
    expect(events.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    const requests = s.application.findResources('AWS::CloudFront::OriginRequestPolicy')[events.OriginRequestPolicyId.Ref] as Resource;
    expect(requests.Properties.OriginRequestPolicyConfig).toMatchObject({
      HeadersConfig: { HeaderBehavior: 'whitelist', Headers: expect.arrayContaining(['Sec-WebSocket-Key', 'Sec-WebSocket-Version', 'Sec-WebSocket-Protocol', 'CloudFront-Viewer-Address']) as unknown },
      QueryStringsConfig: { QueryStringBehavior: 'none' },
      CookiesConfig: { CookieBehavior: 'none' },
    });
    const [association] = events.FunctionAssociations;
    expect(association!.EventType).toBe('viewer-request');
    const code = (s.application.findResources('AWS::CloudFront::Function')[association!.FunctionARN['Fn::GetAtt'][0]] as Resource).Properties.FunctionCode;
    const stage = Object.values(s.application.findResources('AWS::ApiGatewayV2::Stage')).map((st) => (st as Resource).Properties).find((p) => JSON.stringify(p.ApiId).includes(webSocketApiId!))!;
    expect(code).toContain(`request.uri = '/${String(stage.StageName)}'`);
  });

  it('pins a rotated origin secret by its VersionId from the stage config', () => {
    const rotated = synthesize({ originSecretVersionId: '3c7a6c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b' });
    const distribution = (Object.values(rotated.application.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties;
    expect(JSON.stringify(distribution)).toMatch(/SecretString:::3c7a6c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b\}\}/);
  });

  it('deploys config.json for AWS: same-origin API, the events socket and the Cognito client', () => {
    const entry = Object.entries(s.application.findResources('Custom::CDKBucketDeployment')).find(([id]) => id.includes('Entry'))!;
    const markers = JSON.stringify((entry[1] as Resource).Properties.SourceMarkers);
    expect(markers).toMatch(/StaffSignIn/);
    const configFile = readdirSync(s.outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(s.outdir, name, 'config.json'))
      .find((file) => {
        try {
          return readFileSync(file).length > 0;
        } catch {
          return false;
        }
      })!;
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    // The events socket is on the site's own origin (/api/events through CloudFront): no URL to tell.
    expect(config).not.toHaveProperty('eventsUrl');
    expect(config).toMatchObject({
      mode: 'aws',
      apiBase: '',
      timeZone: 'Europe/London',
      defaultLanguage: 'en',
      country: 'GB',
      linkTtlSeconds: 300,
      auth: { kind: 'cognito', domain: matching(/^https:\/\/.+\.amazoncognito\.com$/), region: 'eu-west-2' },
    });
  });
});

describe('SMS delivery status', () => {
  it('is logged by SNS through a role only SNS of this account assumes, into encrypted, expiring log groups', () => {
    const groups = Object.values(s.application.findResources('AWS::Logs::LogGroup')).map((g) => (g as Resource).Properties);
    for (const suffix of ['DirectPublishToPhoneNumber', 'DirectPublishToPhoneNumber/Failure']) {
      const group = groups.find((g) => JSON.stringify(g.LogGroupName ?? '').endsWith(`/${suffix}"]]}`));
      expect(group, suffix).toMatchObject({ KmsKeyId: anything, RetentionInDays: 365 });
    }
    const roles = Object.entries(s.application.findResources('AWS::IAM::Role')).filter(([, r]) =>
      JSON.stringify((r as Resource).Properties.AssumeRolePolicyDocument).includes('sns.amazonaws.com'),
    );
    expect(roles).toHaveLength(1);
    const [roleId, role] = roles[0]!;
    expect(JSON.stringify((role as Resource).Properties.AssumeRolePolicyDocument)).toContain('aws:SourceAccount');
    const call = Object.values(s.application.findResources('Custom::AWS'))
      .map((r) => JSON.stringify((r as Resource).Properties))
      .find((p) => p.includes('setSMSAttributes'))!;
    expect(call).toBeDefined();
    expect(call).toContain('DeliveryStatusIAMRole');
    expect(call).toContain(roleId);
    expect(call).toContain('\\"DeliveryStatusSuccessSamplingRate\\":\\"0\\"');
    // The setter may pass exactly that role to SNS, and nothing else.
    const passRole = Object.values(s.application.findResources('AWS::IAM::ManagedPolicy'))
      .flatMap((p) => ((p as Resource).Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      .filter((st) => [st.Action].flat().includes('iam:PassRole'));
    expect(passRole).toHaveLength(1);
    expect(passRole[0]!.Resource).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
  });
});

describe('alarms', () => {
  const alarms = () => Object.values(s.application.findResources('AWS::CloudWatch::Alarm')) as Resource[];
  const alarmOn = (metricName: string) => alarms().find((a) => a.Properties.MetricName === metricName);

  it('go to one encrypted topic, with the stage\'s operations address subscribed', () => {
    const [topicId, topic] = Object.entries(s.application.findResources('AWS::SNS::Topic'))[0] as [string, Resource];
    expect(Object.keys(s.application.findResources('AWS::SNS::Topic'))).toHaveLength(1);
    expect(topic.Properties.KmsMasterKeyId).toEqual(anything);
    s.application.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'operations@clinic.example',
      TopicArn: { Ref: topicId },
    });
    for (const alarm of alarms()) expect(alarm.Properties.AlarmActions, String(alarm.Properties.AlarmDescription)).toEqual([{ Ref: topicId }]);
  });

  it('sound for a failed timer execution, API 5xx, Lambda errors and throttles, SMS spend and Chime refusals', () => {
    const timer = alarmOn('ExecutionsFailed')!;
    expect(timer.Properties).toMatchObject({ Namespace: 'AWS/States', Threshold: 1, Statistic: 'Sum', ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    expect(JSON.stringify(timer.Properties.Dimensions)).toContain('TimerStateMachine');
    // The 5xx alarm is a rate of the API's requests, from its two metrics.
    const rate = alarms().find((a) => String(a.Properties.AlarmDescription).includes('5xx'))!.Properties;
    expect(rate.Threshold).toBe(5);
    const queries = rate.Metrics as { Id: string; Expression?: string; ReturnData?: boolean; MetricStat?: { Metric: { MetricName: string; Namespace: string }; Stat: string } }[];
    expect(queries.find((q) => q.Expression)).toMatchObject({ Expression: 'IF(requests < 40, 100 * errors / 40, 100 * errors / requests)' });
    expect(queries.find((q) => q.Id === 'errors')!.MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx' }, Stat: 'Sum' });
    expect(queries.find((q) => q.Id === 'requests')!.MetricStat).toMatchObject({ Metric: { Namespace: 'AWS/ApiGateway', MetricName: 'Count' }, Stat: 'Sum' });
    expect(queries.filter((q) => q.ReturnData !== false)).toHaveLength(1);
    // Errors and throttles of every function of this stack (less CDK's own, which run while deploying:
    // the AwsCustomResource provider, the site's upload), not the account's: summed in groups of at
    // most 10, the most metric math may read.
    const functionIds = Object.keys(s.application.findResources('AWS::Lambda::Function')).filter(
      (id) => !id.startsWith('AWS679f53fac002430cb0da5b7982bd2287') && !id.startsWith('CustomCDKBucketDeployment'),
    );
    type Query = { Expression?: string; MetricStat?: { Metric: { MetricName: string; Namespace: string; Dimensions: { Name: string; Value: { Ref: string } }[] } } };
    for (const [metricName, threshold] of [['Errors', 5], ['Throttles', 1]] as const) {
      const read = alarms()
        .filter((a) => (a.Properties.Metrics as Query[] | undefined)?.some((q) => q.MetricStat?.Metric.MetricName === metricName))
        .flatMap((a) => {
          const metrics = (a.Properties.Metrics as Query[]).filter((q) => q.MetricStat);
          expect(metrics.length).toBeLessThanOrEqual(10);
          expect(a.Properties.Threshold).toBe(threshold);
          for (const q of metrics) expect(q.MetricStat!.Metric).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: metricName });
          return metrics.flatMap((q) => q.MetricStat!.Metric.Dimensions.filter((d) => d.Name === 'FunctionName').map((d) => d.Value.Ref));
        });
      expect(read.sort()).toEqual(functionIds.sort());
    }
    // No alarm reads a Lambda metric of the whole account.
    expect(alarms().filter((a) => a.Properties.Namespace === 'AWS/Lambda')).toEqual([]);
    expect(alarmOn('SMSMonthToDateSpentUSD')!.Properties).toMatchObject({ Namespace: 'AWS/SNS', Threshold: 0.8, Statistic: 'Maximum' });
    expect(alarmOn('MeetingRefused')!.Properties).toMatchObject({ Namespace: 'Clinicall', Threshold: 1 });
    // Counted from the log line the Chime adapter writes, in the log group of the function that joins meetings.
    s.application.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "meeting refused" }',
      LogGroupName: { Ref: Match.stringLikeRegexp('^ConsultationsRoutesLogs') },
      MetricTransformations: [Match.objectLike({ MetricNamespace: 'Clinicall', MetricName: 'MeetingRefused', MetricValue: '1' })],
    });
    for (const alarm of alarms()) expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
  });

  it('leave the App stack well under CloudFormation\'s 500 resources', () => {
    // One function per handler file (each route its own function made over 400), and one
    // integration per function: a route adds its route and its invoke permission (292 with group
    // consultations and breakout rooms).
    expect(Object.keys(resourcesOf(s.application)).length).toBeLessThan(350);
  });
});
