import type * as z from 'zod/mini';

/** participant: a consultation session (from a link); patient: a portal session (a remembered device). */
export type Auth = 'public' | 'staff' | 'participant' | 'staff-or-participant' | 'patient';
export type Method = 'GET' | 'POST' | 'PATCH';

/** One public operation of API v1: its path, who may call it and the shapes it takes and gives. */
export interface Operation {
  readonly id: string;
  readonly method: Method;
  readonly path: `/api/${string}`;
  readonly auth: Auth;
  readonly summary: string;
  readonly params?: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  readonly response: z.ZodMiniType;
  readonly status: 200 | 201;
  /** What a success is sent as: JSON unless it says otherwise (a CSV export). */
  readonly produces?: 'text/csv';
}

/** Keeps the literal types of an operation (its path, auth, schemas) while checking its shape. */
export const operation = <const O extends Operation>(o: O): O => o;
