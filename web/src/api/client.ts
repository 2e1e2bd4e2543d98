import type { Operation } from '@clinicall/shared';
import type { z } from 'zod';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A refusal from the API, in its public `{error, message}` shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Input<T> = T extends z.ZodType ? z.input<T> : undefined;
type Output<O extends Operation> = z.output<O['response']>;

export interface CallOptions<O extends Operation> {
  readonly params?: Input<O['params']>;
  readonly query?: Input<O['query']>;
  readonly body?: Input<O['body']>;
  readonly token?: string | undefined;
}

let apiBase = '';
export const setApiBase = (base: string) => {
  apiBase = base.replace(/\/$/, '');
};

const pathOf = (op: Operation, params: Record<string, string> = {}) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/** Calls one operation of the contract; the response is checked against its schema. */
export const call = async <O extends Operation>(op: O, options: CallOptions<O> = {}): Promise<Output<O>> => {
  const query = new URLSearchParams(
    Object.entries((options.query ?? {}) as Record<string, unknown>)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  const url = `${apiBase}${pathOf(op, options.params as Record<string, string>)}${query ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: op.method,
      headers: {
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'Cannot reach Clinicall. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const { error, message, fields, ...details } = payload;
    throw new ApiError(
      response.status,
      typeof error === 'string' ? error : 'unknown',
      typeof message === 'string' ? message : 'Something went wrong. Please try again.',
      Array.isArray(fields) ? (fields as FieldProblem[]) : [],
      details,
    );
  }
  return op.response.parse(payload) as Output<O>;
};
