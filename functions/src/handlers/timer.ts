import type { Dependencies, PendingTimer } from '#ports';
import { onLinkDue } from '#use-cases/link-expiry';
import { awsDependencies } from '../composition/aws.ts';
import { logger } from '../logger.ts';

/** What the state machine passes in, and gets back: a `dueAt` in the answer means "wait again". */
export type TimerInput = PendingTimer;
export type TimerOutput = { kind: PendingTimer['kind']; id: string; dueAt?: string };

const isTimer = (input: unknown): input is TimerInput => {
  const t = input as Partial<TimerInput> | null;
  return typeof t?.kind === 'string' && typeof t.id === 'string' && typeof t.dueAt === 'string';
};

/** The timer task: re-reads the record and acts only if it is still due. */
export const createTimerTask = (deps: Dependencies) => async (input: unknown): Promise<TimerOutput | Record<string, never>> => {
  if (!isTimer(input)) {
    logger.warn('timer input ignored');
    return {};
  }
  const next = input.kind === 'link-expiry' ? await onLinkDue(deps, input) : {};
  return { kind: input.kind, id: input.id, ...(next.dueAt && { dueAt: next.dueAt }) };
};

let task: ReturnType<typeof createTimerTask> | undefined;
export const handler = (input: unknown) => (task ??= createTimerTask(awsDependencies()))(input);
