import middy, { type MiddyfiedHandler } from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import type { NewAuditEntry, Operation, Staff } from '@clinicall/shared';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type * as z from 'zod/mini';
import { auditEntryOf, refusalCode } from '../audit/request-entry.ts';
import { logger } from '../logger.ts';
import { fallbackBody, httpError, invalidRequest, toHttpError } from './errors.ts';
import { staffFromClaims } from './staff-claims.ts';
import { siteCheckFromEnvironment } from './through-the-site.ts';

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandler = MiddyfiedHandler<ApiEvent, ApiResult, Error, Context>;

/** Who is calling: resolved before the handler runs, per the operation's `auth`. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'staff'; readonly staff: Staff }
  | { readonly kind: 'participant'; readonly session: ParticipantSession }
  | { readonly kind: 'patient'; readonly portal: PortalSession };

export interface ParticipantSession {
  readonly participantId: string;
  readonly consultationId: string;
}

/** A patient signed in to their portal on one remembered device. */
export interface PortalSession {
  readonly patientId: string;
  readonly deviceId: string;
}

/** Resolves a participant bearer token; absent until the waiting room exists. */
export type ParticipantAuthenticator = (bearer: string) => Promise<ParticipantSession | undefined>;

/** Resolves a patient portal session (`pp1.…`); forged, expired, signed-out and revoked look alike. */
export type PatientAuthenticator = (bearer: string) => Promise<PortalSession | undefined>;

/**
 * Verifies a staff bearer token (signature, issuer, audience, expiry) and answers its claims.
 * For routes without an API Gateway authorizer (staff-or-participant): there the handler
 * itself must tell a staff token from a participant session.
 */
export type StaffTokenVerifier = (bearer: string) => Promise<Readonly<Record<string, unknown>> | undefined>;

export interface RouteOptions {
  readonly authenticateParticipant?: ParticipantAuthenticator;
  readonly authenticatePatient?: PatientAuthenticator;
  /** Used only when API Gateway handed over no verified claims. */
  readonly verifyStaffToken?: StaffTokenVerifier;
  /** The site's own origin: the only one a browser may call the API from (never `*`). */
  readonly allowedOrigin: string;
  /** Writes an entry of the audit trail (the route layer records every audited operation). */
  readonly recordAudit?: (entry: NewAuditEntry) => Promise<unknown>;
}

type Input<T> = T extends z.ZodMiniType ? z.output<T> : undefined;

/**
 * What a handler of the operation answers: anything its response schema accepts, since that
 * schema is what the site checks the answer against (web/src/api/client.ts).
 */
export type RouteResponse<O extends Operation> = z.input<O['response']>;

export interface RouteRequest<O extends Operation> {
  readonly params: Input<O['params']>;
  readonly query: Input<O['query']>;
  readonly body: Input<O['body']>;
  readonly caller: Caller;
  readonly event: ApiEvent;
}

/** Requests are small JSON documents; anything bigger is a mistake or an attack. */
export const maxBodyBytes = 16 * 1024;

const parseJson = (event: ApiEvent): unknown => {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > maxBodyBytes) {
    throw httpError('body-too-large', `Requests can be at most ${maxBodyBytes / 1024} KB.`);
  }
  if (text.trim() === '') return undefined;
  const type = event.headers?.['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw httpError('unsupported-media-type', 'Send the request body as application/json.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw httpError('invalid-json', 'The request body is not valid JSON.');
  }
};

const validate = (schema: z.ZodMiniType | undefined, value: unknown, where: string): unknown => {
  if (!schema) {
    const empty =
      value === undefined ||
      (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length === 0);
    if (where === 'body' && !empty) {
      throw httpError('invalid-request', 'This request takes no body.');
    }
    return undefined;
  }
  // A missing body is an empty one: its required fields are then named one by one.
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw invalidRequest(result.error, where);
  return result.data;
};

const bearerOf = (event: ApiEvent): string | undefined => {
  const header = event.headers?.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,4096})$/.exec(header);
  return match?.[1];
};

const unauthorized = () =>
  httpError('unauthorized', 'Sign in again: your session is missing or has expired.');

/** Claims from API Gateway's JWT authorizer or, where there is none, from verifying the bearer. */
const staffClaimsOf = async (event: ApiEvent, options: RouteOptions) => {
  const verified = event.requestContext.authorizer?.jwt?.claims;
  if (verified) return verified;
  const bearer = bearerOf(event);
  return bearer && options.verifyStaffToken ? options.verifyStaffToken(bearer) : undefined;
};

const identify = async (op: Operation, event: ApiEvent, options: RouteOptions): Promise<Caller> => {
  if (op.auth === 'public') return { kind: 'anonymous' };
  if (op.auth === 'staff' || op.auth === 'staff-or-participant') {
    const staff = staffFromClaims(await staffClaimsOf(event, options));
    if (staff) return { kind: 'staff', staff };
  }
  if (op.auth === 'participant' || op.auth === 'staff-or-participant') {
    const bearer = bearerOf(event);
    const session = bearer ? await options.authenticateParticipant?.(bearer) : undefined;
    if (session) return { kind: 'participant', session };
  }
  if (op.auth === 'patient') {
    const bearer = bearerOf(event);
    const portal = bearer ? await options.authenticatePatient?.(bearer) : undefined;
    if (portal) return { kind: 'patient', portal };
  }
  throw unauthorized();
};

/**
 * One API operation as a Lambda handler: parse → authenticate → validate → run → JSON.
 * Middleware first, handler last; the error handler is registered last, CORS before it.
 */
export const route = <O extends Operation>(
  op: O,
  run: (request: RouteRequest<O>) => Promise<RouteResponse<O>>,
  options: RouteOptions,
): ApiHandler =>
  middy<ApiEvent, ApiResult, Error, Context>()
    .use(
      // The one CORS rule of the API: every route is built here, with the deployment's options.
      httpCors({
        origin: options.allowedOrigin,
        methods: 'GET,POST,PATCH',
        headers: 'authorization,content-type',
      }),
    )
    .use(
      httpErrorHandler({
        fallbackMessage: fallbackBody,
        logger: (error: unknown) => {
          const { name, statusCode } = error as { name?: string; statusCode?: number };
          if ((statusCode ?? 500) >= 500)
            logger.error('request failed', { operation: op.id, error: error as Error });
          else logger.info('request refused', { operation: op.id, name, statusCode });
        },
      }),
    )
    // On AWS: only requests that came through the site's CloudFront (after the error handler, so a refusal is shaped like any other).
    .use(siteCheckFromEnvironment() ?? [])
    .handler(async (event) => {
      let caller: Caller | undefined;
      let body: unknown;
      let result: RouteResponse<O>;
      try {
        caller = await identify(op, event, options);
        body = parseJson(event);
        const request = {
          params: validate(op.params, event.pathParameters, 'path'),
          query: validate(op.query, event.queryStringParameters, 'query'),
          body: validate(op.body, body, 'body'),
          caller,
          event,
        } as RouteRequest<O>;
        result = await run(request);
      } catch (error) {
        const refused = refusalCode(error);
        if (refused) {
          // Nothing changed: the refusal is answered even if its entry cannot be written.
          await record(op, options, { op, event, caller, body, refused }).catch((failure: unknown) =>
            logger.error('audit entry not written', { operation: op.id, error: failure as Error }),
          );
        }
        throw toHttpError(error);
      }
      // Written before the answer: a read is not answered, and a change is not reported done,
      // unless the trail holds it. Should the trail fail, the caller hears of a failure (5xx)
      // rather than the change or read going unrecorded.
      await record(op, options, { op, event, caller, body, result });
      const answer: ApiResult = op.produces
        ? {
            statusCode: op.status,
            headers: {
              'content-type': `${op.produces}; charset=utf-8`,
              'content-disposition': `attachment; filename="${op.id}.csv"`,
              'cache-control': 'no-store',
            },
            body: String(result),
          }
        : {
            statusCode: op.status,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
            body: JSON.stringify(result),
          };
      return answer;
    });

/** Records the request in the audit trail when its operation is one that is recorded. */
const record = async (op: Operation, options: RouteOptions, request: Parameters<typeof auditEntryOf>[0]) => {
  const entry = options.recordAudit && auditEntryOf(request);
  if (entry) await options.recordAudit(entry);
};

/** The staff member calling, for operations that only staff may call. */
export const staffOf = (caller: Caller): Staff => {
  if (caller.kind !== 'staff') throw unauthorized();
  return caller.staff;
};

/** The patient calling from their portal, for the portal's operations. */
export const patientOf = (caller: Caller): PortalSession => {
  if (caller.kind !== 'patient') throw unauthorized();
  return caller.portal;
};
