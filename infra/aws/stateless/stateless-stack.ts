import { Arn, CfnOutput, SecretValue, CrossStackReferences, Duration, ReferenceStrength, Stack, type StackProps } from 'aws-cdk-lib';
import { OAuthScope, UserPoolClient, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { routes } from '@clinicall/functions/routes';
import { originHeader } from '@clinicall/functions/http/through-the-site';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { assertConcurrencyFits, type StageConfig } from '../config/stage-config.ts';
import { OperationalAlarms } from './operational-alarms.ts';
import { ClinicallFunction, type FunctionDefaults } from '../constructs/clinicall-function.ts';
import type { StatefulStack } from '../stateful/stateful-stack.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { EventsApi } from './events-api.ts';
import { type Backends, environmentFor, grantNeeds } from './function-access.ts';
import { featureEntry, functionIdFor, routesByFile } from './feature-entries.ts';
import { type FunctionNeeds, needsOfRoute, timerNeeds, unionOfNeeds, webSocketNeeds } from './function-needs.ts';
import { ClinicalHttpApi } from './http-api.ts';
import { SiteDeployment } from './site-deployment.ts';
import { SmsDeliveryStatus } from './sms-delivery-status.ts';
import { TimerStateMachine } from './timer-state-machine.ts';
import { WebSite } from './web-site.ts';

export interface StatelessStackProps extends StackProps {
  readonly config: StageConfig;
  readonly data: StatefulStack;
  /** The web app build to deploy (web/dist, or a placeholder when there is none). */
  readonly siteDirectory: string;
  readonly placeholderCode: boolean;
}

/** Where staff land after signing in with Cognito's hosted pages. */
export const signInCallbackPath = '/auth/callback';

const handlerFile = (file: string) => new URL(`../../../functions/src/handlers/${file}.ts`, import.meta.url).pathname;

/**
 * The application, replaceable at any time: one function per handler file of the route table behind
 * the HTTP API, the events WebSocket API, the timer state machine, and the site.
 */
export class StatelessStack extends Stack {
  readonly functions = new Map<string, ClinicallFunction>();

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    // Strong: CloudFormation refuses to change a table, key or pool export this stack still uses.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);
    const { config, data } = props;
    const logRetention = config.logRetentionDays as RetentionDays;
    const logKey = data.keys.logs;
    const defaults: FunctionDefaults = {
      logRetention,
      logKey,
      placeholderCode: props.placeholderCode,
      ...(config.reservedConcurrency !== undefined && { reservedConcurrency: config.reservedConcurrency }),
    };

    const api = new ClinicalHttpApi(this, 'Api', { logRetention, logKey });
    const events = new EventsApi(this, 'Events', { logRetention, logKey });
    const executeApi = (apiId: string) => `${apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    const signIn = data.staff.domain.baseUrl();
    const originSecret = data.originSecret.secret;
    const site = new WebSite(this, 'Site', {
      apiDomainName: executeApi(api.api.apiId),
      events: { domainName: executeApi(events.api.apiId), stageName: events.stage.stageName },
      // Resolved by CloudFormation at deploy time; a VersionId pins a rotated value (stage config).
      originHeader: {
        name: originHeader,
        value: SecretValue.secretsManager(originSecret.secretArn, {
          ...(config.originSecretVersionId && { versionId: config.originSecretVersionId }),
        }).unsafeUnwrap(),
      },
      contentSecurityPolicy: contentSecurityPolicy({ signIn }),
      logRetentionDays: config.logRetentionDays,
      ...(config.customDomain && { customDomain: config.customDomain }),
      ...(config.webAclArn && { webAclArn: config.webAclArn }),
    });

    // Here, not beside the pool: its callback URLs name the site, which lives in this stack.
    const client = new UserPoolClient(this, 'StaffSignIn', {
      userPool: data.staff.userPool,
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${site.siteUrl}${signInCallbackPath}`],
        logoutUrls: [`${site.siteUrl}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // About one clinic shift; then staff sign in again.
      refreshTokenValidity: Duration.hours(12),
    });
    api.useStaffDirectory(data.staff.userPool, client);

    const backends: { -readonly [K in keyof Backends]: Backends[K] } = {
      settings: {
        CLINICALL_TABLE_PREFIX: data.tablePrefix,
        CLINICALL_SITE_URL: site.siteUrl,
        CLINICALL_ORGANISATION_NAME: config.organisationName,
        CLINICALL_LINK_TTL_SECONDS: String(config.linkTtlSeconds),
        CLINICALL_CONSULT_NOW_CHANNEL: config.consultNowChannel,
        CLINICALL_TIME_ZONE: config.timeZone,
        CLINICALL_DEFAULT_LANGUAGE: config.defaultLanguage,
        CLINICALL_COUNTRY: config.country,
        CLINICALL_CONTACT_RETENTION_MINUTES: String(config.contactRetentionMinutes),
        ...(config.patientHistoryDays !== undefined && { CLINICALL_PATIENT_HISTORY_DAYS: String(config.patientHistoryDays) }),
      },
      tables: data.data.tables,
      dataKey: data.keys.data,
      events: { endpoint: events.stage.callbackUrl, connectionsArn: events.connectionsArn, disconnectArn: events.disconnectArn },
      notifier: {
        emailFrom: config.email.from,
        emailIdentity: config.email.identity,
        ...(config.sms.senderId && { smsSenderId: config.sms.senderId }),
        ...(config.sms.originationNumber && { smsOriginationNumber: config.sms.originationNumber }),
      },
      meetings: { controlRegion: config.chime.controlRegion, mediaRegion: config.chime.mediaRegion },
      // Encounters go to the account's default bus, where the organisation's rules pick them up.
      integrations: {
        eventBusName: 'default',
        eventBusArn: Arn.format({ service: 'events', resource: 'event-bus', resourceName: 'default' }, this),
      },
      staffTokens: { userPoolId: data.staff.userPool.userPoolId, clientId: client.userPoolClientId, userPoolArn: data.staff.userPool.userPoolArn },
    };

    const meetingLogs: ILogGroup[] = [];
    const makeFunction = (
      id: string,
      entry: { path: string; name: string },
      description: string,
      needs: FunctionNeeds,
      options: { verifiesStaffTokens?: boolean; timeout?: Duration } = {},
    ) => {
      const fn = new ClinicallFunction(this, id, {
        defaults,
        entry: entry.path,
        handler: entry.name,
        description,
        environment: environmentFor(needs, backends, options),
        ...(options.timeout && { timeout: options.timeout }),
      });
      grantNeeds(fn, needs, backends);
      this.functions.set(id, fn);
      if ([needs.meetings ?? []].flat().includes('join')) meetingLogs.push(fn.logGroup);
      return fn;
    };

    const timerTask = makeFunction('TimerTask', { path: handlerFile('timer'), name: 'handler' }, 'Clinicall timer task', timerNeeds, {
      timeout: Duration.seconds(30),
    });
    const timer = new TimerStateMachine(this, 'Timer', { task: timerTask.function, logRetention, logKey });
    backends.timers = { stateMachineArn: timer.stateMachine.stateMachineArn };

    /** Only requests that came through CloudFront carry the secret (through-the-site.ts). */
    const checksTheSite = (fn: ClinicallFunction) => {
      fn.function.addEnvironment('CLINICALL_ORIGIN_SECRET_ARN', originSecret.secretArn);
      // Not grantRead: it would add this stack's roles to the data key's policy in the stateful stack.
      fn.allow(['secretsmanager:GetSecretValue'], [originSecret.secretArn]);
      fn.allow(['kms:Decrypt'], [data.keys.data.keyArn]);
    };

    // One function per handler file (a feature), its routes dispatched by route key.
    for (const [file, served] of routesByFile(routes)) {
      const id = functionIdFor(file);
      const fn = makeFunction(id, { path: featureEntry(file, served), name: 'handler' }, `Clinicall ${file}: ${served.length} routes`, unionOfNeeds(served.map(needsOfRoute)), {
        verifiesStaffTokens: served.some((route) => route.operation.auth === 'staff-or-participant'),
      });
      checksTheSite(fn);
      for (const route of served) api.addRoute(route, fn.function);
    }

    const socket = makeFunction('EventsSocket', { path: handlerFile('websocket'), name: 'handler' }, 'Clinicall events WebSocket', webSocketNeeds);
    checksTheSite(socket);
    events.connect(socket.function);

    new SiteDeployment(this, 'SiteContent', {
      bucket: site.bucket,
      directory: props.siteDirectory,
      logRetention,
      logKey,
      config: {
        mode: 'aws',
        // Same origin: CloudFront serves /api/events from the WebSocket API and the rest of /api/* from the HTTP API.
        apiBase: '',
        timeZone: config.timeZone,
        defaultLanguage: config.defaultLanguage,
        country: config.country,
        linkTtlSeconds: config.linkTtlSeconds,
        auth: {
          kind: 'cognito',
          domain: signIn,
          clientId: client.userPoolClientId,
          userPoolId: data.staff.userPool.userPoolId,
          region: this.region,
        },
      },
    });

    new CfnOutput(this, 'SiteUrl', { value: site.siteUrl, description: 'Open this to use Clinicall' });
    new CfnOutput(this, 'DistributionDomainName', {
      value: site.distribution.distributionDomainName,
      description: 'Point the custom domain (CNAME or alias) here',
    });
    new CfnOutput(this, 'UserPoolId', { value: data.staff.userPool.userPoolId, description: 'For aws cognito-idp admin-create-user' });
    new CfnOutput(this, 'TimerStateMachineArn', { value: timer.stateMachine.stateMachineArn });
    new SmsDeliveryStatus(this, 'SmsDeliveryStatus', {
      logKey,
      logRetention,
      successSamplingPercent: config.sms.deliveryLogPercent,
    });
    new OperationalAlarms(this, 'Alarms', {
      email: config.alarmEmail,
      timers: timer.stateMachine,
      api: api.api,
      functions: [...this.functions.values()].map((fn) => fn.function),
      meetingLogs,
      smsMonthlyLimitUsd: config.smsMonthlyLimitUsd,
    });
    assertConcurrencyFits(config, this.functions.size);
  }
}
