import { latestToken } from '../auth/staff-session.ts';
import { errorText, loadErrorWords } from './error-text.ts';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * A refusal from the API, in its public `{error, message}` shape. Its `message` is the words for
 * its code in the page's language; the server's own (English) message is kept for developers only.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage = '',
    readonly fields: readonly FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(errorText(code, details));
  }
}

let apiBase = '';
export const setApiBase = (base: string) => {
  apiBase = base.replace(/\/$/, '');
};
export const getApiBase = (): string => apiBase;

export interface RequestOptions {
  readonly body?: unknown;
  readonly token?: string | undefined;
}

/**
 * One HTTP exchange with the API: JSON in and out, refusals thrown as ApiError. No schema
 * library here, so the patient's pages stay small; callers check the shape they rely on.
 */
export const request = async (method: 'GET' | 'POST' | 'PATCH', path: string, options: RequestOptions = {}): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        // A staff token renewed since the page took it goes out as the renewed one.
        ...(options.token && { authorization: `Bearer ${latestToken(options.token)}` }),
      },
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
  } catch {
    await loadErrorWords();
    throw new ApiError(0, 'network');
  }
  const payload = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) {
    const { error, message, fields, ...details } = isRecord(payload) ? payload : {};
    await loadErrorWords();
    throw new ApiError(
      response.status,
      typeof error === 'string' ? error : 'unknown',
      typeof message === 'string' ? message : '',
      Array.isArray(fields) ? (fields as FieldProblem[]) : [],
      details,
    );
  }
  return payload;
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A response that is not what the contract promises: treated like any other failure. */
export const unexpected = (what: string): ApiError => new ApiError(0, 'unexpected-response', `unexpected answer (${what})`);
