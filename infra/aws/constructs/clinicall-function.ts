import { relative } from 'node:path';
import { AssetHashType, AssetStaging, DockerImage, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Code, Function as LambdaFunction, type FunctionProps, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge, wildcardResourceFinding } from '../nag/acknowledge.ts';
import { bundleLambdaSync, bundleModule, lambdaRuntimeName, projectRoot } from './lambda-bundle.ts';
import { ManagedPolicyRole } from './managed-policy-role.ts';

/** Context flag for tests: ship a placeholder instead of bundling every handler with esbuild. */
export const placeholderCodeContext = 'clinicall:placeholderCode';

export interface FunctionDefaults {
  readonly logRetention: RetentionDays;
  readonly logKey: IKey;
  readonly reservedConcurrency?: number;
  /** From the `clinicall:placeholderCode` context: tests synthesize without esbuild. */
  readonly placeholderCode: boolean;
}

export interface ClinicallFunctionProps {
  readonly defaults: FunctionDefaults;
  /** The handler's source file and its exported function. */
  readonly entry: string;
  readonly handler: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeout?: Duration;
}

/**
 * The function's code: its entry bundled by lambda-bundle.ts, the build the lambda-bundles bench
 * measures, on this machine. The asset is named by what the bundle holds.
 */
const lambdaCode = (entry: string): Code => {
  const fromRoot = relative(projectRoot, entry);
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling builds or throws. The command is that build as a container
      // would run it, and names the entry in the options CDK keys its asset cache by, so each
      // function gets its own bundle.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
      command: ['node', '--import', 'tsx', 'infra/aws/constructs/bundle-lambda.ts', fromRoot, AssetStaging.BUNDLING_OUTPUT_DIR],
      workingDirectory: AssetStaging.BUNDLING_INPUT_DIR,
      local: {
        tryBundle: (outputDirectory) => {
          bundleLambdaSync(entry, outputDirectory);
          return true;
        },
      },
    },
  });
};

/**
 * One Lambda function with Clinicall's defaults: Node.js 24 on Graviton, an ESM bundle
 * (minified, with source maps), its own encrypted log group, X-Ray, and a role whose
 * permissions are one customer-managed policy the caller fills through `allow`.
 */
export class ClinicallFunction extends Construct {
  readonly function: LambdaFunction;
  /** Where the function logs (alarms read metrics from it). */
  readonly logGroup: LogGroup;
  readonly role: ManagedPolicyRole;
  private readonly wildcardReasons = new Map<string, string[]>();

  constructor(scope: Construct, id: string, props: ClinicallFunctionProps) {
    super(scope, id);
    const { defaults } = props;
    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    const logGroup = (this.logGroup = new LogGroup(this, 'Logs', {
      retention: defaults.logRetention,
      encryptionKey: defaults.logKey,
      // Logs are the audit trail of who did what: they outlive a teardown of the application.
      removalPolicy: RemovalPolicy.RETAIN,
    }));
    logGroup.grantWrite(this.role);

    const common = {
      runtime: Runtime.NODEJS_24_X,
      handler: `${bundleModule}.${props.handler}`,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description,
      role: this.role,
      logGroup,
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: defaults.reservedConcurrency,
      environment: {
        CLINICALL_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    } satisfies Partial<FunctionProps>;

    this.function = new LambdaFunction(this, 'Function', {
      ...common,
      code: defaults.placeholderCode
        ? Code.fromInline('// placeholder: synthesized with clinicall:placeholderCode (tests), never deployed')
        : lambdaCode(props.entry),
    });
    if (common.runtime.name !== lambdaRuntimeName) {
      throw new Error(`Functions run ${common.runtime.name} but lambda-bundle.ts builds for ${lambdaRuntimeName}.`);
    }

    // X-Ray has no resource-level permissions: PutTraceSegments/PutTelemetryRecords take '*'.
    this.noteWildcard('*', 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.');

    acknowledge(
      this.function,
      'HIPAA.Security-LambdaDLQ',
      'Invoked synchronously only (API Gateway, Step Functions with retries): errors return to the caller; a dead-letter queue applies to asynchronous invocations.',
    );
    acknowledge(
      this.function,
      'HIPAA.Security-LambdaInsideVPC',
      'Reaches only AWS public service endpoints (DynamoDB, Chime SDK, SNS, SES, Step Functions, API Gateway) over TLS with IAM-signed requests; there is no private resource to reach, and a VPC would add NAT gateways or interface endpoints without reducing exposure.',
    );
    if (defaults.reservedConcurrency === undefined) {
      acknowledge(
        this.function,
        'HIPAA.Security-LambdaConcurrency',
        'Concurrency is bounded by API Gateway stage and route throttling. Reserved concurrency is set per stage (reservedConcurrency) because a new account whose quota is 10 cannot reserve any.',
      );
    }
  }

  /** Grants exactly these actions on exactly these resources. */
  allow(actions: readonly string[], resources: readonly string[], conditions?: Record<string, Record<string, unknown>>): this {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...actions], resources: [...resources], ...(conditions && { conditions }) }),
    );
    return this;
  }

  /** Grants on a resource that must contain a wildcard, with the reason it cannot be narrower. */
  allowWildcard(actions: readonly string[], resource: string, reason: string, conditions?: Record<string, Record<string, unknown>>): this {
    this.allow(actions, [resource], conditions);
    this.noteWildcard(resource, reason);
    return this;
  }

  private noteWildcard(resource: string, reason: string) {
    const finding = wildcardResourceFinding(this, resource);
    const reasons = this.wildcardReasons.get(finding) ?? [];
    reasons.push(reason);
    this.wildcardReasons.set(finding, reasons);
    // One acknowledgment per finding on the policy that carries it; later reasons extend it.
    acknowledge(this.role.policy, finding, reasons.join(' '));
  }
}
