import { createError } from '@middy/util';
import { DomainError, type ErrorCode, errorStatus } from '@clinicall/shared';
import { z } from 'zod';

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
const fromZod = (error: z.ZodError, where: string) => {
  const fields = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || where,
    message: issue.code === 'unrecognized_keys' ? `Unexpected field: ${issue.keys.join(', ')}.` : issue.message,
  }));
  const first = fields[0];
  return httpError('invalid-request', first ? first.message : 'The request is invalid.', { fields });
};

/** Turns the errors a handler can meet into public HTTP errors; anything else stays a 500. */
export const toHttpError = (error: unknown, where = 'body'): unknown => {
  if (error instanceof DomainError) return httpError(error.code, error.message, error.details);
  if (error instanceof z.ZodError) return fromZod(error, where);
  return error;
};
