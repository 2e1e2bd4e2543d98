import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { timerDefinitionPath } from '../../timer/definition.ts';
import { ManagedPolicyRole } from '../constructs/managed-policy-role.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface TimerStateMachineProps {
  readonly task: IFunction;
  readonly logRetention: RetentionDays;
  readonly logKey: IKey;
}

/** The placeholder the ASL file uses for the timer task's function. */
export const timerFunctionPlaceholder = 'TimerFunctionArn';

/**
 * The one timer state machine, from the same ASL file the local runtime executes. Standard,
 * because Express executions end after five minutes and reminders wait for days.
 */
export class TimerStateMachine extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: TimerStateMachineProps) {
    super(scope, id);
    const role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('states.amazonaws.com'),
      description: 'Clinicall timer: waits, then invokes the timer task',
    });
    // Exactly the function the ASL names (unqualified), not its versions or aliases.
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.task.functionArn] }));
    const logs = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      encryptionKey: props.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromFile(timerDefinitionPath),
      definitionSubstitutions: { [timerFunctionPlaceholder]: props.task.functionArn },
      role,
      tracingEnabled: true,
      // Inputs are {kind, id, dueAt}: ids only, no patient details, so full execution data is safe to log.
      logs: { destination: logs, level: LogLevel.ALL, includeExecutionData: true },
    });
    acknowledge(
      role.policy,
      'AwsSolutions-IAM5[Resource::*]',
      'Step Functions log delivery (logs:CreateLogDelivery, PutResourcePolicy, DescribeLogGroups and the rest) and X-Ray (PutTraceSegments, GetSamplingRules) support no resource-level permissions; AWS documents Resource "*" for them.',
    );
  }
}
