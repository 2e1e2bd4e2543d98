import { operations } from '@clinicall/shared';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { apiEvent, invoke, staffClaims } from '../testing/api.ts';
import { route, type RouteOptions } from './route.ts';
import { cognitoStaffTokens } from './route-options.ts';

const staffToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdGFmZi0xIn0.c2lnbmF0dXJl';
const participantToken = 'p1.consultation-1.participant-1.secret-secret-secret';
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

/** A route of the operation's path and callers that answers who called it. */
const whoCalls = (op: typeof operations.media | typeof operations.session, options: Omit<RouteOptions, 'allowedOrigin'>) =>
  route({ ...op, response: z.object({ caller: z.unknown() }) }, ({ caller }) => Promise.resolve({ caller }), {
    allowedOrigin: 'https://clinic.example.org',
    ...options,
  });

describe('staff tokens on routes without an API Gateway authorizer', () => {
  const claims = staffClaims(['clinician'], 'staff-1');

  it('verifies the bearer as a staff token when API Gateway handed over no claims', async () => {
    const verifyStaffToken = vi.fn().mockResolvedValue(claims);
    const response = await invoke(whoCalls(operations.media, { verifyStaffToken }), apiEvent(operations.media, { pathParameters: { id: 'consultation-1' }, ...bearer(staffToken) }));
    expect(response.status, response.text).toBe(200);
    expect(response.json).toMatchObject({ caller: { kind: 'staff', staff: { id: 'staff-1', groups: ['clinician'] } } });
    expect(verifyStaffToken).toHaveBeenCalledWith(staffToken);
  });

  it('falls back to a participant session when the bearer is not a staff token', async () => {
    const verifyStaffToken = vi.fn().mockResolvedValue(undefined);
    const authenticateParticipant = vi.fn().mockResolvedValue({ participantId: 'participant-1', consultationId: 'consultation-1' });
    const response = await invoke(
      whoCalls(operations.media, { verifyStaffToken, authenticateParticipant }),
      apiEvent(operations.media, { pathParameters: { id: 'consultation-1' }, ...bearer(participantToken) }),
    );
    expect(response.json).toMatchObject({ caller: { kind: 'participant', session: { participantId: 'participant-1' } } });
  });

  it('refuses a bearer that is neither', async () => {
    const response = await invoke(
      whoCalls(operations.media, { verifyStaffToken: () => Promise.resolve(undefined), authenticateParticipant: () => Promise.resolve(undefined) }),
      apiEvent(operations.media, { pathParameters: { id: 'consultation-1' }, ...bearer(staffToken) }),
    );
    expect(response.status).toBe(401);
    expect(response.json).toMatchObject({ error: 'unauthorized' });
  });

  it("trusts API Gateway's verified claims without verifying again", async () => {
    const verifyStaffToken = vi.fn();
    const response = await invoke(
      whoCalls(operations.media, { verifyStaffToken }),
      apiEvent(operations.media, { pathParameters: { id: 'consultation-1' }, claims, ...bearer(staffToken) }),
    );
    expect(response.json).toMatchObject({ caller: { kind: 'staff' } });
    expect(verifyStaffToken).not.toHaveBeenCalled();
  });

  it('never accepts a staff token on a participant-only route', async () => {
    const verifyStaffToken = vi.fn().mockResolvedValue(claims);
    const response = await invoke(whoCalls(operations.session, { verifyStaffToken }), apiEvent(operations.session, bearer(staffToken)));
    expect(response.status).toBe(401);
    expect(verifyStaffToken).not.toHaveBeenCalled();
  });
});

describe('the Cognito staff token verifier', () => {
  it('exists only where the deployment names a user pool and app client', () => {
    expect(cognitoStaffTokens({})).toBeUndefined();
    expect(cognitoStaffTokens({ CLINICALL_USER_POOL_ID: 'eu-west-2_abc123' })).toBeUndefined();
    expect(cognitoStaffTokens({ CLINICALL_USER_POOL_ID: 'eu-west-2_abc123', CLINICALL_USER_POOL_CLIENT_ID: 'client1' })).toBeTypeOf('function');
  });

  it('answers nothing for a participant session or a malformed token, without calling Cognito', async () => {
    const verify = cognitoStaffTokens({ CLINICALL_USER_POOL_ID: 'eu-west-2_abc123', CLINICALL_USER_POOL_CLIENT_ID: 'client1' })!;
    await expect(verify(participantToken)).resolves.toBeUndefined();
    await expect(verify('not.a.jwt')).resolves.toBeUndefined();
  });
});
