import type { Operation } from '@clinicall/shared';
import type * as z from 'zod/mini';
import { request } from './request.ts';

export { ApiError, type FieldProblem, setApiBase } from './request.ts';

type Input<T> = T extends z.ZodMiniType ? z.input<T> : undefined;
type Output<O extends Operation> = z.output<O['response']>;

export interface CallOptions<O extends Operation> {
  readonly params?: Input<O['params']>;
  readonly query?: Input<O['query']>;
  readonly body?: Input<O['body']>;
  readonly token?: string | undefined;
}

const pathOf = (op: Operation, params: Record<string, string> = {}) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/** Calls one operation of the contract; the response is checked against its schema. */
export const call = async <O extends Operation>(op: O, options: CallOptions<O> = {}): Promise<Output<O>> => {
  const query = new URLSearchParams(
    Object.entries((options.query ?? {}) as Record<string, unknown>)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  const path = `${pathOf(op, options.params as Record<string, string>)}${query ? `?${query}` : ''}`;
  const payload = await request(op.method, path, {
    ...(options.body !== undefined && { body: options.body }),
    token: options.token,
  });
  return op.response.parse(payload) as Output<O>;
};
