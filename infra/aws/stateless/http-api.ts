import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '@clinicall/functions/routes';
import { acknowledge } from '../nag/acknowledge.ts';

export interface ClinicalHttpApiProps {
  readonly logRetention: RetentionDays;
  readonly logKey: IKey;
}

/** Requests per second across all callers: generous for a clinic, a ceiling for a runaway client. */
export const throttling = {
  default: { rateLimit: 50, burstLimit: 100 },
  /** Link redemption and date-of-birth checks are open to anyone: tighter. */
  public: { rateLimit: 10, burstLimit: 20 },
} as const;

/**
 * Access logs say who called what and how it went, never what was sent: the route template,
 * not the path or query (a search query can hold a patient's name).
 */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationStatus: '$context.integrationStatus',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    staff: '$context.authorizer.claims.sub',
    sourceIp: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
  }),
);

const reasonForNoAuthorizer: Record<string, string> = {
  public:
    'Public by design (health, OpenAPI document, opening a link and checking date of birth): the link token is a single-use 128-bit secret, and five wrong answers burn the link.',
  participant:
    "A participant's bearer session is verified in the handler against the hash stored on the consultation; API Gateway has no authorizer type for it.",
  patient:
    "A patient's portal session (a remembered device) is verified in the handler: one GetItem of the device record, a constant-time comparison of the secret's SHA-256 and its expiry.",
  'staff-or-participant':
    "Both staff and participants call this route: the handler verifies a staff ID token against the Cognito user pool (aws-jwt-verify) or a participant's session against the consultation.",
};

/** The HTTP API: one route per entry of the route table, Cognito JWTs on staff routes. */
export class ClinicalHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  private authorizer: HttpUserPoolAuthorizer | undefined;
  /**
   * CloudFormation's RouteSettings is a free-form map: CDK passes its keys as written, so they
   * are the documented PascalCase (`ThrottlingRateLimit`), not the L1 property names.
   */
  private readonly routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
  private readonly integrations = new Map<IFunction, HttpLambdaIntegration>();

  constructor(scope: Construct, id: string, props: ClinicalHttpApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', { description: 'Clinicall API', createDefaultStage: false });
    const logs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: throttling.default,
      accessLogSettings: { destination: new LogGroupLogDestination(logs), format: accessLogFormat },
    });
    (this.stage.node.defaultChild as CfnStage).routeSettings = this.routeSettings;
  }

  /** Staff routes need a Cognito ID token for this app client (`aud`). */
  useStaffDirectory(userPool: IUserPool, client: IUserPoolClient): void {
    this.authorizer = new HttpUserPoolAuthorizer('Staff', userPool, { userPoolClients: [client] });
  }

  /**
   * One integration per function, shared by its routes (each route keeps its own invoke
   * permission, scoped to its path): a feature's routes cost a route and a permission each.
   */
  private integrationOf(handler: IFunction): HttpLambdaIntegration {
    let integration = this.integrations.get(handler);
    if (!integration) {
      integration = new HttpLambdaIntegration(`${handler.node.id}Integration`, handler, { timeout: Duration.seconds(10) });
      this.integrations.set(handler, integration);
    }
    return integration;
  }

  addRoute(route: Route, handler: IFunction): void {
    const { operation } = route;
    const staffOnly = operation.auth === 'staff';
    if (staffOnly && !this.authorizer) throw new Error('Call useStaffDirectory before adding staff routes.');
    const [created] = this.api.addRoutes({
      path: operation.path,
      methods: [HttpMethod[operation.method as keyof typeof HttpMethod]],
      integration: this.integrationOf(handler),
      ...(staffOnly && { authorizer: this.authorizer }),
    });
    const routeKey = `${operation.method} ${operation.path}`;
    if (operation.auth === 'public') {
      this.routeSettings[routeKey] = {
        ThrottlingRateLimit: throttling.public.rateLimit,
        ThrottlingBurstLimit: throttling.public.burstLimit,
      };
      // A stage naming a route in RouteSettings must be created after it ("Unable to find Route by key").
      if (created) this.stage.node.addDependency(created);
    }
    if (!staffOnly && created) {
      acknowledge(created, 'AwsSolutions-APIG4', reasonForNoAuthorizer[operation.auth] ?? 'Authorized in the handler.');
    }
  }
}
