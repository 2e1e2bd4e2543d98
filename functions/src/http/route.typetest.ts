/**
 * Compiled, never run (tsc -p functions): a handler must answer what its operation's response
 * schema accepts.
 */
import { operations } from '@clinicall/shared';
import { apiRoute } from './route-options.ts';
import { route } from './route.ts';

const options = { allowedOrigin: 'https://clinic.example.org' };

// The health answer, as the contract describes it.
route(operations.health, () => Promise.resolve({ ok: true, mode: 'local' as const }), options);

// @ts-expect-error a field the contract does not have, and without the ones it requires
route(operations.health, () => Promise.resolve({ healthy: true }), options);

// @ts-expect-error an empty link answer for an operation that answers a link
apiRoute(operations.revokeLink, { tables: { consultations: 'write' } }, () => Promise.resolve({}));

// @ts-expect-error a route factory says what its handler needs
apiRoute(operations.revokeLink, () => Promise.resolve({}));
