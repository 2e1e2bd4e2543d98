import { Arn, ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The organisation's own keys: one for clinical data (tables and their backups), one for logs.
 * Customer-managed, so access is auditable in CloudTrail and can be revoked; rotated yearly.
 */
export class EncryptionKeys extends Construct {
  readonly data: Key;
  readonly logs: Key;

  constructor(scope: Construct, id: string, props: { readonly stage: string }) {
    super(scope, id);
    const common = {
      enableKeyRotation: true,
      // Deleting a key destroys every record and backup it protects: never as a side effect.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    };
    this.data = new Key(this, 'Data', {
      ...common,
      alias: `alias/clinicall-${props.stage}-data`,
      description: `Clinicall ${props.stage}: DynamoDB tables and their backups`,
    });
    this.logs = new Key(this, 'Logs', {
      ...common,
      alias: `alias/clinicall-${props.stage}-logs`,
      description: `Clinicall ${props.stage}: CloudWatch Logs of functions, APIs and the timer`,
    });
    // CloudWatch Logs encrypts with the key itself, only for log groups of this account and Region.
    const stack = Stack.of(this);
    this.logs.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': Arn.format(
              { service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME },
              stack,
            ),
          },
        },
      }),
    );
  }
}
