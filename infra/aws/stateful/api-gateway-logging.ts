import { Arn, ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnAccount } from 'aws-cdk-lib/aws-apigateway';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ManagedPolicyRole } from '../constructs/managed-policy-role.ts';
import { acknowledge, wildcardResourceFinding } from '../nag/acknowledge.ts';

/**
 * WebSocket APIs can only write access logs once the account's API Gateway settings name a
 * CloudWatch role (HTTP APIs need none). A fresh account has none, so deploy one. It is
 * account-wide and other APIs may come to rely on it: it stays when the stack goes.
 */
export class ApiGatewayLogging extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: 'API Gateway (account setting): writes API access and execution logs to CloudWatch Logs',
    });
    role.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const logGroups = Arn.format(
      { service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME },
      Stack.of(this),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:DescribeLogGroups',
          'logs:DescribeLogStreams',
          'logs:PutLogEvents',
          'logs:GetLogEvents',
          'logs:FilterLogEvents',
        ],
        resources: [logGroups],
      }),
    );
    role.policy.applyRemovalPolicy(RemovalPolicy.RETAIN);
    acknowledge(
      role.policy,
      wildcardResourceFinding(this, logGroups),
      'The account-wide API Gateway logging role writes to the log groups of every API in this account and Region, which it names itself; limited to log groups of this account and Region.',
    );
    const account = new CfnAccount(this, 'Settings', { cloudWatchRoleArn: role.roleArn });
    account.applyRemovalPolicy(RemovalPolicy.RETAIN);
  }
}
