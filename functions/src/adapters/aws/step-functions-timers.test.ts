import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand, StateMachineDoesNotExist } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { executionName, stepFunctionsTimers } from './step-functions-timers.ts';

const sfn = mockClient(SFNClient);
const stateMachineArn = 'arn:aws:states:eu-west-2:123456789012:stateMachine:Timer';
const timers = () => stepFunctionsTimers(new SFNClient({ region: 'eu-west-2' }), stateMachineArn);
const timer = { kind: 'link-expiry', id: 'consultation-1.link-1', dueAt: '2030-01-01T10:05:00.000Z' } as const;

describe('Step Functions timers', () => {
  beforeEach(() => {
    sfn.reset();
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
  });

  it('starts one execution named after the timer, with the timer as its input', async () => {
    await timers().start(timer);
    expect(sfn.commandCalls(StartExecutionCommand).map((call) => call.args[0].input)).toEqual([
      { stateMachineArn, name: 'link-expiry-consultation-1_link-1', input: JSON.stringify(timer) },
    ]);
  });

  it('keeps execution names within what Step Functions accepts: [A-Za-z0-9_-], at most 80', () => {
    expect(executionName('link-expiry', 'a.b/c d#é')).toBe('link-expiry-a_b_c_d__');
    const long = executionName('link-expiry', 'x'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('treats a second start of the same timer as done (ExecutionAlreadyExists)', async () => {
    sfn.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));
    await expect(timers().start(timer)).resolves.toBeUndefined();
  });

  it('lets any other failure reach the caller', async () => {
    sfn.on(StartExecutionCommand).rejects(new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', $metadata: {} }));
    await expect(timers().start(timer)).rejects.toThrow('State Machine Does Not Exist');
  });
});
