import { readFileSync } from 'node:fs';

/** The one timer state machine, deployed by CDK and executed by the local runtime. */
export const timerDefinitionPath = new URL('./timer.asl.json', import.meta.url).pathname;

export const timerDefinition = (): Record<string, unknown> =>
  JSON.parse(readFileSync(timerDefinitionPath, 'utf8')) as Record<string, unknown>;

/** The task state whose Lambda the local runtime replaces with the timer task itself. */
export const timerTaskState = 'Act';
