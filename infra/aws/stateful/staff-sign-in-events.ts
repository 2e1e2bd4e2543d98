import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { CfnLogDeliveryConfiguration, type IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface StaffSignInEventsProps {
  readonly stage: string;
  readonly userPool: IUserPool;
  readonly key: IKey;
  readonly retention: RetentionDays;
}

/**
 * Every staff sign-in in AWS, failed or successful, with the client's address: Cognito does the
 * sign-in, and its threat protection (Plus tier) records each attempt as a user authentication
 * event, delivered here. A trigger would not do: Cognito calls none on a wrong password, and a
 * post-authentication trigger is not told the client's address. The rest of the audit trail
 * (reads and changes through the API) is in the audit table.
 */
export class StaffSignInEvents extends Construct {
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: StaffSignInEventsProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      // Vended logs: the prefix keeps CloudWatch's delivery policy small, whatever else the account logs.
      logGroupName: `/aws/vendedlogs/cognito/clinicall-${props.stage}-staff-sign-ins`,
      encryptionKey: props.key,
      retention: props.retention,
      // Part of the audit trail: it outlives the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logGroup.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('delivery.logs.amazonaws.com')],
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${this.logGroup.logGroupArn}:log-stream:*`],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    new CfnLogDeliveryConfiguration(this, 'Delivery', {
      userPoolId: props.userPool.userPoolId,
      logConfigurations: [
        { eventSource: 'userAuthEvents', logLevel: 'INFO', cloudWatchLogsConfiguration: { logGroupArn: this.logGroup.logGroupArn } },
      ],
    });
  }
}
