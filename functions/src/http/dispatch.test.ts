import { operations } from '@clinicall/shared';
import { describe, expect, it } from 'vitest';
import { byRoute, routeKeyOf } from './dispatch.ts';
import type { ApiHandler } from './route.ts';

const answering = (body: string) => (() => Promise.resolve({ statusCode: 200, body })) as unknown as ApiHandler;
const call = (handler: ReturnType<typeof byRoute>, routeKey: string) => handler({ routeKey } as never, {} as never);

describe('one function per handler file', () => {
  const handler = byRoute({
    [routeKeyOf(operations.extendLink)]: answering('extend'),
    [routeKeyOf(operations.revokeLink)]: answering('revoke'),
  });

  it("sends each request to its route's handler by API Gateway's route key", async () => {
    expect(routeKeyOf(operations.extendLink)).toBe(`POST ${operations.extendLink.path}`);
    await expect(call(handler, routeKeyOf(operations.revokeLink))).resolves.toMatchObject({ body: 'revoke' });
    await expect(call(handler, routeKeyOf(operations.extendLink))).resolves.toMatchObject({ body: 'extend' });
  });

  it('answers 404 for a route it does not serve, including names every object has', async () => {
    for (const key of ['GET /api/patients', 'constructor', '__proto__', 'toString']) {
      await expect(call(handler, key)).resolves.toMatchObject({ statusCode: 404 });
    }
  });
});
