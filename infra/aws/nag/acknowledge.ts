import { Stack, Validations } from 'aws-cdk-lib';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * A cdk-nag finding accepted on one construct, with the reason a security reviewer reads.
 * Always on the narrowest construct that carries the finding, never on a stack or the app.
 */
export const acknowledge = (construct: IConstruct, rule: string, reason: string): void => {
  Validations.of(construct).acknowledge({ id: rule, reason });
};

/**
 * The IAM5 finding id for one wildcard resource, spelled the way cdk-nag spells it
 * (`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:…/*]`), so only that resource is accepted.
 */
export const wildcardResourceFinding = (scope: IConstruct, resource: string): string =>
  `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`;

export const wildcardActionFinding = (action: string): string => `AwsSolutions-IAM5[Action::${action}]`;
