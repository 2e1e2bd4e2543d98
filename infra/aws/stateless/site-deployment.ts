import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { Construct } from 'constructs';
import { ManagedPolicyRole } from '../constructs/managed-policy-role.ts';
import { acknowledge, wildcardActionFinding } from '../nag/acknowledge.ts';

/** `npm run deploy` builds the web app here first. */
export const webDistDirectory = new URL('../../../web/dist/', import.meta.url).pathname;
/** Stands in when there is no build (tests, a synth on a fresh clone): the stacks still synthesize. */
export const placeholderSiteDirectory = new URL('../web-placeholder/', import.meta.url).pathname;

export const siteDirectory = (): string => (existsSync(join(webDistDirectory, 'index.html')) ? webDistDirectory : placeholderSiteDirectory);

/** What the SPA reads at start (web/src/config.ts). */
export interface SiteConfigJson {
  readonly mode: 'aws';
  readonly apiBase: string;
  /** The organisation's time zone: appointments are agreed and shown in it. */
  readonly timeZone: string;
  /** The organisation's language (en or sv), for people whose link and browser say nothing. */
  readonly defaultLanguage: string;
  /** Where phone numbers without a country code are read (GB or SE), as the API reads them. */
  readonly country: string;
  /** How long a Consult Now link works: the functions' CLINICALL_LINK_TTL_SECONDS, for the dialog to tell. */
  readonly linkTtlSeconds: number;
  readonly auth: { readonly kind: 'cognito'; readonly domain: string; readonly clientId: string; readonly userPoolId: string; readonly region: string };
}

export interface SiteDeploymentProps {
  readonly bucket: IBucket;
  readonly directory: string;
  readonly config: SiteConfigJson;
  readonly logRetention: RetentionDays;
  readonly logKey: IKey;
}

/**
 * Copies the build to the bucket: hashed assets first (cached for a year, old ones kept for
 * pages still open), then index.html and config.json (revalidated on every load), so a new
 * index.html never points at assets that are not there yet. No CloudFront invalidation is
 * needed: the entry files are `no-cache`.
 */
export class SiteDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);
    const role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Clinicall: copies the web app build into the site bucket at deploy time',
    });
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logGroup.grantWrite(role);
    const common = { destinationBucket: props.bucket, role, logGroup, prune: false, memoryLimit: 512 };

    const assets = new BucketDeployment(this, 'Assets', {
      ...common,
      // Source maps stay with the build: the site serves what browsers run, not the sources behind it.
      sources: [Source.asset(props.directory, { exclude: ['index.html', 'config.json', '*.map', '**/*.map'] })],
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    });
    const entry = new BucketDeployment(this, 'Entry', {
      ...common,
      sources: [
        Source.data('index.html', readFileSync(join(props.directory, 'index.html'), 'utf8')),
        Source.jsonData('config.json', props.config),
      ],
      cacheControl: [CacheControl.noCache()],
    });
    entry.node.addDependency(assets);
    this.acknowledgeDeploymentHandler(role, props.bucket.bucketArn);
  }

  /**
   * The copy function is CDK's own; CDK fixes its grants: read on the deployment's asset
   * objects in the bootstrap bucket, read/write on the site bucket, with action groups such as
   * s3:GetObject*. Each wildcard it holds is accepted here, by name.
   */
  private acknowledgeDeploymentHandler(role: ManagedPolicyRole, siteBucketArn: string) {
    const stack = Stack.of(this);
    const site = flattenCfnReference(stack.resolve(`${siteBucketArn}/*`));
    const document = stack.resolve(role.policy.document) as { Statement?: { Effect: string; Action: string | string[]; Resource: unknown }[] };
    const findings = new Map<string, string>();
    for (const statement of document.Statement ?? []) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of [statement.Action].flat().filter((a) => a.includes('*'))) {
        findings.set(
          wildcardActionFinding(action),
          `CDK's BucketDeployment grants ${action} to its copy function, which alone uses this role and only during CloudFormation deployments.`,
        );
      }
      for (const resource of [statement.Resource].flat().map(flattenCfnReference).filter((r) => r.includes('*'))) {
        findings.set(
          `AwsSolutions-IAM5[Resource::${resource}]`,
          resource === site
            ? 'The copy function writes and prunes objects of the site bucket, whose keys are the build\'s file names.'
            : "The copy function reads this deployment's asset objects from the CDK bootstrap bucket, whose keys are content hashes.",
        );
      }
    }
    for (const [finding, reason] of findings) acknowledge(role.policy, finding, reason);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler) {
      const reasons: Record<string, string> = {
        'AwsSolutions-L1': "CDK's BucketDeployment handler runs the Python runtime CDK pins for it (with the AWS CLI layer); it runs only during deployments.",
        'HIPAA.Security-LambdaConcurrency': 'Runs only while CloudFormation deploys the site: two invocations (assets, then entry files) per deployment.',
        'HIPAA.Security-LambdaDLQ': 'A CloudFormation custom resource: CloudFormation waits for its answer, and a failure or timeout fails and rolls back the deployment, so nothing is lost silently.',
        'HIPAA.Security-LambdaInsideVPC': 'Copies build files between S3 buckets during deployment; it reaches no private resource.',
      };
      for (const [rule, reason] of Object.entries(reasons)) acknowledge(handler, rule, reason);
    }
  }
}
