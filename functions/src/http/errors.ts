import { createError } from '@middy/util';
import { DomainError, type ErrorCode, errorStatus } from '@clinicall/shared';
import type * as z from 'zod/mini';

/** An HTTP error whose body is the public `{error, message}` shape. */
export const httpError = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  createError(errorStatus[code], JSON.stringify({ error: code, message, ...details }), {
    expose: true,
  });

export const fallbackBody = JSON.stringify({
  error: 'internal',
  message: 'Something went wrong on our side. Please try again.',
});

/** Field problems in words a receptionist understands, with where they are. */
export const invalidRequest = (error: z.core.$ZodError, where: string) => {
  const fields = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || where,
    message: issue.code === 'unrecognized_keys' ? `Unexpected field: ${issue.keys.join(', ')}.` : issue.message,
  }));
  const first = fields[0];
  return httpError('invalid-request', first ? first.message : 'The request is invalid.', { fields });
};

/**
 * Turns the rules' refusals into public HTTP errors; anything else (a stored record that no
 * longer parses included) stays a 500: it is ours to fix, not the caller's.
 */
export const toHttpError = (error: unknown): unknown =>
  error instanceof DomainError ? httpError(error.code, error.message, error.details) : error;
