import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { SignIn } from '@clinicall/shared';
import { systemClock } from '@clinicall/functions/adapters/clock';
import { cryptoIds } from '@clinicall/functions/adapters/ids';
import { startDynalite } from '@clinicall/functions/adapters/dynamodb/dynalite';
import { dynamoStore } from '@clinicall/functions/adapters/dynamodb/store';
import type { Dependencies } from '@clinicall/functions/ports';
import { loadFactory, routes } from '@clinicall/functions/routes';
import { demoStaff, seedPatients } from './seed.ts';
import { createLocalServer, type LocalRoute } from './server.ts';
import { localStaffDirectory, type StaffDirectory } from './staff-directory.ts';
import { localStaffIdentity, type StaffIdentity } from './staff-identity.ts';

export interface RuntimeOptions {
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  readonly siteRoot: string;
  readonly demoPassword: string;
}

export interface Runtime {
  readonly url: string;
  readonly dependencies: Dependencies;
  close(): Promise<void>;
}

const signInRoute = (directory: StaffDirectory, identity: StaffIdentity): LocalRoute => async ({ body }) => {
  const parsed = SignIn.safeParse(body);
  if (!parsed.success) {
    return { status: 400, body: { error: 'invalid-request', message: parsed.error.issues[0]?.message ?? 'Enter your email and password.' } };
  }
  const account = await directory.signIn(parsed.data.email, parsed.data.password);
  if (!account) return { status: 401, body: { error: 'unauthorized', message: 'That email and password do not match an account.' } };
  return { status: 200, body: { token: await identity.issue(account) } };
};

/** The whole system on one machine: the local composition root. */
export const startRuntime = async (options: RuntimeOptions): Promise<Runtime> => {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const dynamo = await startDynalite({ path: resolve(dataDir, 'dynamodb') });
  const dependencies: Dependencies = {
    mode: 'local',
    store: dynamoStore(dynamo.db, dynamo.tablePrefix),
    clock: systemClock,
    ids: cryptoIds,
  };
  await seedPatients(dependencies.store, dependencies.clock.now());
  const identity = await localStaffIdentity(dataDir);
  const directory = await localStaffDirectory(dataDir, () => demoStaff(options.demoPassword));
  const handlers = await Promise.all(
    routes.map(async (route) => ({ route, handler: (await loadFactory(route))(dependencies) })),
  );
  const server = createLocalServer({
    routes: handlers,
    localRoutes: { 'POST /api/local/sign-in': signInRoute(directory, identity) },
    staffIdentity: identity,
    siteRoot: resolve(options.siteRoot),
    siteConfig: { mode: 'local', apiBase: '', auth: { kind: 'local' } },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    dependencies,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await dynamo.close();
    },
  };
};
