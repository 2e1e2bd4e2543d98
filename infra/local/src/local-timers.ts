import { StateMachine } from 'aws-local-stepfunctions';
import type { AccessRepository, PendingTimer, Timers } from '@clinicall/functions/ports';
import { timerDefinition, timerTaskState } from '../../timer/definition.ts';

type TimerTask = (input: unknown) => Promise<unknown>;

export interface LocalTimers extends Timers {
  /** Re-arms every timer that was pending when the runtime last stopped. */
  resume(): Promise<void>;
  close(): void;
}

/**
 * The state machine CDK deploys, run here by aws-local-stepfunctions with the real timer task.
 * Pending timers are kept in the store, so a restart (even after SIGKILL) picks them up.
 */
export const localTimers = (access: AccessRepository, task: TimerTask): LocalTimers => {
  const machine = new StateMachine(timerDefinition() as never, { validationOptions: { checkArn: true } });
  const running = new Map<string, () => void>();

  const run = (timer: PendingTimer) => {
    const name = `${timer.kind}-${timer.id}`;
    if (running.has(name)) return;
    const execution = machine.run(timer as never, {
      noThrowOnAbort: true,
      overrides: {
        taskResourceLocalHandlers: {
          // The task receives what `Parameters` made: the Lambda payload sits under `Payload`.
          [timerTaskState]: async (input) => ({ Payload: (await task((input as { Payload: unknown }).Payload)) as never }),
        },
      },
    });
    running.set(name, execution.abort);
    execution.result.then(
      async (result) => {
        running.delete(name);
        if (result !== null) await access.removePendingTimer(timer.kind, timer.id);
      },
      (error: unknown) => {
        running.delete(name);
        // Left pending: the next start of the runtime tries again.
        console.error(`timer ${timer.kind} failed:`, error instanceof Error ? error.message : 'unknown');
      },
    );
  };

  return {
    async start(timer) {
      await access.addPendingTimer(timer);
      run(timer);
    },
    async resume() {
      for (const timer of await access.pendingTimers()) run(timer);
    },
    close() {
      for (const abort of running.values()) abort();
      running.clear();
    },
  };
};
