import { type AddToPrincipalPolicyResult, ManagedPolicy, type PolicyStatement, Role, type RoleProps } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role whose every grant lands in one customer-managed policy instead of an inline
 * DefaultPolicy (HIPAA.Security-IAMNoInlinePolicy). The role lists the policy, so anything that
 * uses the role is created after its permissions exist (Step Functions checks log delivery
 * rights when the state machine is created).
 */
export class ManagedPolicyRole extends Role {
  private managed: ManagedPolicy | undefined;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, props);
  }

  /** The role's policy; made on the first grant, since an empty managed policy is invalid. */
  get policy(): ManagedPolicy {
    if (!this.managed) {
      this.managed = new ManagedPolicy(this, 'Policy', { description: `Permissions of ${this.node.path}` });
      this.addManagedPolicy(this.managed);
    }
    return this.managed;
  }

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}
