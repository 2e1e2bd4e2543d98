import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { ManagedPolicyRole } from '../constructs/managed-policy-role.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface SmsDeliveryStatusProps {
  readonly logKey: IKey;
  readonly logRetention: RetentionDays;
  /** Share of delivered messages logged; every failure is logged. */
  readonly successSamplingPercent: number;
}

/**
 * SMS delivery status in CloudWatch Logs: whether a patient's link reached the phone, and the
 * carrier's reason when it did not. An account setting of SNS (SetSMSAttributes, no
 * CloudFormation resource), so a custom resource sets it. The log groups SNS writes are made
 * here first, so they are encrypted with the logs key and expire like every other log (they
 * hold phone numbers).
 */
export class SmsDeliveryStatus extends Construct {
  readonly logGroups: LogGroup[];
  readonly role: ManagedPolicyRole;

  constructor(scope: Construct, id: string, props: SmsDeliveryStatusProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const name = `sns/${stack.region}/${stack.account}/DirectPublishToPhoneNumber`;
    this.logGroups = [
      new LogGroup(this, 'Delivered', { logGroupName: name, encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN }),
      new LogGroup(this, 'Failed', { logGroupName: `${name}/Failure`, encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN }),
    ];

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('sns.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: 'Clinicall: lets SNS write SMS delivery status to its two log groups',
    });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        // SNS asks for the group and its retention even when they exist.
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:PutMetricFilter', 'logs:PutRetentionPolicy'],
        resources: this.logGroups.map((group) => group.logGroupArn),
      }),
    );
    const setter = new ManagedPolicyRole(this, 'SetterRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Clinicall: sets the account SMS delivery status role at deploy time',
    });
    setter.addToPrincipalPolicy(new PolicyStatement({ actions: ['sns:SetSMSAttributes'], resources: ['*'] }));
    setter.addToPrincipalPolicy(new PolicyStatement({ actions: ['iam:PassRole'], resources: [this.role.roleArn] }));
    acknowledge(setter.policy, 'AwsSolutions-IAM5[Resource::*]', 'SetSMSAttributes is an account setting: it has no resource type, so IAM accepts only "*".');
    const logs = new LogGroup(this, 'SetterLogs', { encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    logs.grantWrite(setter);

    const attributes = {
      service: 'SNS',
      action: 'setSMSAttributes',
      parameters: {
        attributes: {
          DeliveryStatusIAMRole: this.role.roleArn,
          DeliveryStatusSuccessSamplingRate: String(props.successSamplingPercent),
        },
      },
      physicalResourceId: PhysicalResourceId.of('sms-delivery-status'),
    };
    const resource = new AwsCustomResource(this, 'Attributes', {
      onCreate: attributes,
      onUpdate: attributes,
      role: setter,
      logGroup: logs,
      installLatestAwsSdk: false,
    });
    resource.node.addDependency(this.role);
    // CDK's one handler for every AwsCustomResource of the stack, a direct child of the stack.
    const handler = stack.node.tryFindChild(AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '').replace(/^/, 'AWS'));
    if (handler) {
      const reasons: Record<string, string> = {
        'HIPAA.Security-LambdaConcurrency': 'Runs only while CloudFormation deploys: one SetSMSAttributes call per deployment that changes it.',
        'HIPAA.Security-LambdaDLQ': 'A CloudFormation custom resource: CloudFormation waits for its answer, and a failure fails and rolls back the deployment.',
        'HIPAA.Security-LambdaInsideVPC': 'Calls one SNS API at deploy time; it reaches no private resource.',
      };
      for (const [rule, reason] of Object.entries(reasons)) acknowledge(handler, rule, reason);
    }
  }
}
