import type { Dependencies } from '#ports';
import { recordAudit } from '#use-cases/audit-trail';
import { authenticateParticipant } from '#use-cases/participant-session';
import { authenticatePortalSession } from '#use-cases/portal-session';
import { routeFactories } from './route-factory.ts';
import type { RouteOptions, StaffTokenVerifier } from './route.ts';
import { siteOrigin } from './site-origin.ts';

let cognito: { verifier: StaffTokenVerifier; key: string } | undefined;

/**
 * Verifies Cognito ID tokens where API Gateway has no authorizer (staff-or-participant
 * routes): signature against the pool's JWKS (fetched once, cached), issuer, audience and
 * expiry. Only in AWS, where the CDK app sets the pool and client; locally the local
 * gateway verifies staff tokens itself. The verifier loads with the first staff token to
 * verify: most functions serve no such route, and a participant's request never needs it.
 */
export const cognitoStaffTokens = (env: NodeJS.ProcessEnv = process.env): StaffTokenVerifier | undefined => {
  const userPoolId = env.CLINICALL_USER_POOL_ID;
  const clientId = env.CLINICALL_USER_POOL_CLIENT_ID;
  if (!userPoolId || !clientId) return undefined;
  const key = `${userPoolId}/${clientId}`;
  if (cognito?.key !== key) {
    let jwt: Promise<{ verify: (token: string) => Promise<Readonly<Record<string, unknown>>> }> | undefined;
    const verifier: StaffTokenVerifier = async (bearer) => {
      // A participant (p1.…) or portal (pp1.…) session is not a JWT: do not spend a verification on it.
      if (bearer.split('.').length !== 3) return undefined;
      // Failing to load or make the verifier is ours (5xx), not the caller's; it is retried next time.
      jwt ??= import('aws-jwt-verify')
        .then(({ CognitoJwtVerifier }) => CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' }))
        .catch((error: unknown) => {
          jwt = undefined;
          throw error;
        });
      const verifying = await jwt;
      try {
        return await verifying.verify(bearer);
      } catch {
        return undefined;
      }
    };
    cognito = { verifier, key };
  }
  return cognito.verifier;
};

/** What every route of a deployment shares: who may call it from where. */
export const routeOptions = (deps: Dependencies): RouteOptions => {
  const verifyStaffToken = cognitoStaffTokens();
  return {
    authenticateParticipant: (bearer) => authenticateParticipant(deps, bearer),
    authenticatePatient: (bearer) => authenticatePortalSession(deps, bearer),
    ...(verifyStaffToken && { verifyStaffToken }),
    recordAudit: (entry) => recordAudit(deps, entry),
    ...siteOrigin(deps),
  };
};

/** A route of the API, with the options every route of a deployment shares. */
export const apiRoute = routeFactories(routeOptions);
