import { type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { Timers } from '#ports';

/** Execution names allow [A-Za-z0-9-_] up to 80 characters: kind + id fits. */
export const executionName = (kind: string, id: string) => `${kind}-${id}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);

/** One Standard execution per timer; starting the same one twice is harmless. */
export const stepFunctionsTimers = (sfn: SFNClient, stateMachineArn: string): Timers => ({
  async start(timer) {
    try {
      await sfn.send(
        new StartExecutionCommand({
          stateMachineArn,
          name: executionName(timer.kind, timer.id),
          input: JSON.stringify(timer),
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ExecutionAlreadyExists') return;
      throw error;
    }
  },
});
