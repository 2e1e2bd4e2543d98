import { createHash, timingSafeEqual } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { MiddlewareObj } from '@middy/core';
import { logger } from '../logger.ts';
import { httpError } from './errors.ts';

/**
 * CloudFront adds this header to every request it forwards to the API. Its value is a secret in
 * Secrets Manager, so a request sent straight to the execute-api endpoint, past CloudFront and
 * its WAF, is refused.
 */
export const originHeader = 'x-clinicall-origin';

/** Where CloudFront puts the viewer's address ("203.0.113.7:51234"); API Gateway sees only CloudFront's. */
export const viewerAddressHeader = 'cloudfront-viewer-address';

/** The values the API accepts: the current secret, and the previous one while a rotation reaches every edge. */
export type AcceptedOrigins = () => Promise<readonly string[]>;

/** A rotation shows within this long; a mismatch re-reads sooner (see `refreshAfterMismatchMs`). */
const cacheMs = 5 * 60_000;
const refreshAfterMismatchMs = 30_000;

const stages = ['AWSCURRENT', 'AWSPREVIOUS'] as const;

/** Both stages of the secret; a secret never rotated has no AWSPREVIOUS. */
export const secretsManagerOrigins =
  (secretId: string): AcceptedOrigins =>
  async () => {
    // Imported statically, so that the bundle keeps only this command of the client; made on first use.
    const client = new SecretsManagerClient({});
    const values = await Promise.all(
      stages.map((VersionStage) =>
        client.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage })).then(
          (answer) => answer.SecretString,
          (error: unknown) => {
            if ((error as { name?: string }).name === 'ResourceNotFoundException' && VersionStage === 'AWSPREVIOUS') return undefined;
            throw error;
          },
        ),
      ),
    );
    return values.filter((value): value is string => typeof value === 'string' && value.length > 0);
  };

/** Compared as hashes: equal length for timingSafeEqual, and no early exit on the first wrong byte. */
const digest = (value: string) => createHash('sha256').update(value).digest();
const matches = (sent: string, accepted: readonly string[]) =>
  accepted.reduce((found, value) => timingSafeEqual(digest(sent), digest(value)) || found, false);

/**
 * Refuses (403, as an HttpError) a request whose headers show it did not come through the
 * site's CloudFront distribution. The secret is read once and kept; a wrong header re-reads it
 * at most every 30 s, so a rotation is picked up without a redeploy.
 */
export const siteCheck = (accepted: AcceptedOrigins, now: () => number = Date.now) => {
  let cached: { values: Promise<readonly string[]>; at: number } | undefined;
  const read = (maxAgeMs: number) => {
    if (!cached || now() - cached.at > maxAgeMs) {
      const values = accepted();
      cached = { values, at: now() };
      // A failed read is not kept: the next request tries again.
      values.catch(() => {
        if (cached?.values === values) cached = undefined;
      });
    }
    return cached.values;
  };
  const unavailable = () => httpError('forbidden', 'This API answers requests made through the Clinicall site.');
  return async (headers: Readonly<Record<string, string | undefined>>): Promise<void> => {
    const sent = headers[originHeader];
    if (!sent) throw unavailable();
    let values: readonly string[];
    try {
      values = await read(cacheMs);
      if (!matches(sent, values)) values = await read(refreshAfterMismatchMs);
    } catch (error) {
      logger.error('origin secret unreadable', { error: error as Error });
      throw httpError('internal', 'The service is not available right now. Try again shortly.');
    }
    if (!matches(sent, values)) throw unavailable();
  };
};

/** Refuses, by throwing an HttpError, a request whose headers show it did not come through the site. */
export type SiteCheck = ReturnType<typeof siteCheck>;

/** A site check as middleware, with the viewer's address on every log line of the request. */
const withViewer = (check: SiteCheck): MiddlewareObj => ({
  before: async (request) => {
    const headers = (request.event as { headers?: Record<string, string | undefined> }).headers ?? {};
    const viewer = headers[viewerAddressHeader];
    if (viewer) logger.appendKeys({ viewer });
    await check(headers);
  },
  after: () => {
    logger.removeKeys(['viewer']);
  },
  onError: () => {
    logger.removeKeys(['viewer']);
  },
});

/** The site check for every HTTP request, with the viewer's address on every log line of it. */
export const throughTheSite = (accepted: AcceptedOrigins, now: () => number = Date.now): MiddlewareObj =>
  withViewer(siteCheck(accepted, now));

let fromEnvironment: { middleware: MiddlewareObj; check: SiteCheck } | undefined;

/** On AWS the CDK app names the secret; locally there is no CloudFront and nothing to check. */
const fromTheEnvironment = (env: NodeJS.ProcessEnv) => {
  const secretId = env.CLINICALL_ORIGIN_SECRET_ARN;
  if (!secretId) return undefined;
  if (!fromEnvironment) {
    // One check, one cached secret, for the HTTP routes and the socket alike.
    const check = siteCheck(secretsManagerOrigins(secretId));
    fromEnvironment = { middleware: withViewer(check), check };
  }
  return fromEnvironment;
};

/** The middleware for HTTP routes, or undefined where there is nothing to check. */
export const siteCheckFromEnvironment = (env: NodeJS.ProcessEnv = process.env): MiddlewareObj | undefined =>
  fromTheEnvironment(env)?.middleware;

/** The check for the events socket's $connect, or undefined where there is nothing to check. */
export const socketSiteCheckFromEnvironment = (env: NodeJS.ProcessEnv = process.env) => fromTheEnvironment(env)?.check;
