import type { LocalDynamo } from '@clinicall/functions/adapters/dynamodb/dynalite';

type DocumentClient = LocalDynamo['db'];
export type Command = { constructor: { name: string }; input: Record<string, unknown> };

const writes = new Set(['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand']);

/**
 * The store's client of a process that dies after a given number of further writes: those go
 * through and are recorded; every call after them never completes, as if the process had
 * stopped there. Until `dieAfter` is called it lives on (the first start's seed writes).
 */
export const mortal = () => {
  const acknowledged: Command[] = [];
  let begun = 0;
  let limit = Number.POSITIVE_INFINITY;
  const wrap = (db: DocumentClient): DocumentClient =>
    new Proxy(db, {
      get(target, property, receiver) {
        if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
        return async (command: Command) => {
          const isWrite = writes.has(command.constructor.name);
          if (begun >= limit) return new Promise(() => undefined);
          if (isWrite) begun++;
          const answer: unknown = await (target.send as (c: Command) => Promise<unknown>)(command);
          if (isWrite) acknowledged.push(command);
          return answer;
        };
      },
    });
  return {
    wrap,
    acknowledged,
    dieAfter: (writesLeft: number) => void (limit = begun + writesLeft),
    isDead: () => begun >= limit && acknowledged.length === begun,
  };
};

/** Polls `check` until it answers something, or gives up after `ms`. */
export const until = async <T>(what: string, check: () => Promise<T | undefined>, ms = 10_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
