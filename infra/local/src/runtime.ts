import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { ClientAddress, type Country, defaultLinkTtlSeconds, type Language, type NewAuditEntry, readLocalNumbersIn, SignIn } from '@clinicall/shared';
import { systemClock } from '@clinicall/functions/adapters/clock';
import { connectionEvents } from '@clinicall/functions/adapters/connection-events';
import { type LocalDynamo, startDynalite } from '@clinicall/functions/adapters/dynamodb/dynalite';
import { dynamoStore } from '@clinicall/functions/adapters/dynamodb/store';
import { cryptoIds } from '@clinicall/functions/adapters/ids';
import { listedStaff } from '@clinicall/functions/adapters/listed-staff';
import { p2pMeetings } from '@clinicall/functions/adapters/p2p-meetings';
import { noIntegrations, webhookIntegrations } from '@clinicall/functions/adapters/webhook-integrations';
import { createTimerTask } from '@clinicall/functions/handlers/timer';
import { careDefaults, type Dependencies, localeDefaults, retentionDefaults, type Settings } from '@clinicall/functions/ports';
import { loadFactory } from '@clinicall/functions/route-factories';
import { routes } from '@clinicall/functions/routes';
import { recordAudit } from '@clinicall/functions/use-cases/audit-trail';
import { connectEvents, disconnectEvents, relaySignal } from '@clinicall/functions/use-cases/events';
import { armForgottenPurges } from '@clinicall/functions/use-cases/contact-purge';
import { rearmLinkExpiries } from '@clinicall/functions/use-cases/link-expiry';
import { localTimers } from './local-timers.ts';
import { localOutbox } from './outbox.ts';
import { demoStaff, seedPatients } from './seed.ts';
import { createLocalServer, type LocalRoute } from './server.ts';
import { attachSocketHub } from './socket-hub.ts';
import { signInThrottle } from './sign-in-throttle.ts';
import { armEarlierPurgesOnce, protectDataDirectory } from './data-directory.ts';
import { hostFilter, servedHostNames } from './host-names.ts';
import { localStaffDirectory, type StaffDirectory } from './staff-directory.ts';
import { localStaffIdentity, type StaffIdentity } from './staff-identity.ts';

export interface RuntimeOptions {
  readonly port: number;
  readonly host?: string;
  readonly dataDir: string;
  readonly siteRoot: string;
  readonly demoPassword: string;
  /** Where links point; by default the address this runtime listens on. */
  readonly siteUrl?: string;
  readonly linkTtlSeconds?: number;
  readonly consultNowChannel?: 'sms' | 'email';
  /** The organisation's time zone (default Europe/London): appointments are agreed in it. */
  readonly timeZone?: string;
  /** Appointment reminders, minutes before the start (default 24 h and 15 min). */
  readonly reminderMinutes?: readonly number[];
  /** Days a remembered portal device stays signed in (default 30). */
  readonly portalSessionDays?: number;
  /** Seconds for a patient's device to say a direct call rings before "no network" (default 5). */
  readonly ringCheckSeconds?: number;
  /** Seconds a direct call rings before "no answer" (default 45); shortened for demos and tests. */
  readonly ringTimeoutSeconds?: number;
  /** Seconds guests may wait in a meeting room with no member before their call ends (default 600). */
  readonly meetingRoomAloneSeconds?: number;
  /** What patients without a language of their own are written to in (default en). */
  readonly defaultLanguage?: Language;
  /** Where phone numbers without a country code are read (default GB). */
  readonly country?: Country;
  /** Minutes after a consultation is over that its one-call contact details are kept (default 60; 0: none). */
  readonly contactRetentionMinutes?: number;
  /** Days a patient's call history is kept after each consultation (default: as long as the patient's record). */
  readonly patientHistoryDays?: number;
  /** Tests only: the retention in seconds (overrides the minutes) and how often open consultations are looked at. */
  readonly contactRetentionSeconds?: number;
  readonly contactCheckSeconds?: number;
  /** Where recorded encounters are POSTed (the local stand-in for EventBridge). */
  readonly webhookUrl?: string;
  readonly webhookSecret?: string;
  /**
   * Tests only: wraps the store's DynamoDB client, e.g. to make the process "die" after N writes
   * (infra/local/src/crash-recovery.test.ts). Never set by `npm start`.
   */
  readonly wrapDocumentClient?: (db: LocalDynamo['db']) => LocalDynamo['db'];
}

export interface Runtime {
  readonly url: string;
  readonly dependencies: Dependencies;
  close(): Promise<void>;
}

const signInRoute =
  (
    directory: StaffDirectory,
    identity: StaffIdentity,
    throttle: ReturnType<typeof signInThrottle>,
    record: (entry: NewAuditEntry) => Promise<unknown>,
  ): LocalRoute =>
  async ({ body, clientAddress }) => {
    const parsed = SignIn.safeParse(body);
    if (!parsed.success) {
      return {
        status: 400,
        body: { error: 'invalid-request', message: parsed.error.issues[0]?.message ?? 'Enter your email and password.' },
      };
    }
    const keys = [`account#${parsed.data.email.toLowerCase()}`, `client#${clientAddress}`];
    // Every attempt is in the audit trail: by the account's id when the email is one, never the email itself.
    const known = directory.idOf(parsed.data.email);
    const address = ClientAddress.safeParse(clientAddress).success ? { clientAddress } : {};
    const refused = (reason: 'too-many-attempts' | 'unauthorized') =>
      record({
        actor: known ? { kind: 'staff', id: known.id, roles: [...known.groups] } : { kind: 'anonymous' },
        action: 'staff-signed-in',
        targets: {},
        outcome: 'refused',
        reason,
        ...address,
      });
    const verdict = throttle.begin(...keys);
    if (!verdict.allowed) {
      await refused('too-many-attempts');
      return {
        status: 429,
        headers: { 'retry-after': String(verdict.retryAfterSeconds) },
        body: {
          error: 'too-many-attempts',
          message: `Too many sign-in attempts. Wait ${verdict.retryAfterSeconds} ${verdict.retryAfterSeconds === 1 ? 'second' : 'seconds'} and try again.`,
          retryAfterSeconds: verdict.retryAfterSeconds,
        },
      };
    }
    const account = await directory.signIn(parsed.data.email, parsed.data.password);
    if (!account) {
      await refused('unauthorized');
      return { status: 401, body: { error: 'unauthorized', message: 'That email and password do not match an account.' } };
    }
    // Recorded before the token is handed over: a sign-in the trail cannot hold does not happen.
    await record({ actor: { kind: 'staff', id: account.id, roles: [...account.groups] }, action: 'staff-signed-in', targets: {}, outcome: 'success', ...address });
    throttle.succeeded(...keys);
    return { status: 200, body: { token: await identity.issue(account) } };
  };

/** The whole system on one machine: the local composition root. */
export const startRuntime = async (options: RuntimeOptions): Promise<Runtime> => {
  const dataDir = resolve(options.dataDir);
  await protectDataDirectory(dataDir);
  const dynamo = await startDynalite({ path: resolve(dataDir, 'dynamodb') });
  const defaultLanguage = options.defaultLanguage ?? localeDefaults.defaultLanguage;
  const country = options.country ?? localeDefaults.country;
  // Requests are checked (their phone numbers read) in the organisation's country.
  readLocalNumbersIn(country);
  const store = dynamoStore(options.wrapDocumentClient?.(dynamo.db) ?? dynamo.db, dynamo.tablePrefix, { defaultLanguage });
  const outbox = localOutbox(dataDir);
  let listening = '';
  const settings: Settings = {
    get siteUrl() {
      return options.siteUrl ?? listening;
    },
    organisationName: 'Clinicall demo clinic',
    linkTtlSeconds: options.linkTtlSeconds ?? defaultLinkTtlSeconds,
    consultNowChannel: options.consultNowChannel ?? 'sms',
    timeZone: options.timeZone ?? careDefaults.timeZone,
    reminderMinutes: options.reminderMinutes ?? careDefaults.reminderMinutes,
    portalSessionDays: options.portalSessionDays ?? careDefaults.portalSessionDays,
    ringCheckSeconds: options.ringCheckSeconds ?? careDefaults.ringCheckSeconds,
    ringTimeoutSeconds: options.ringTimeoutSeconds ?? careDefaults.ringTimeoutSeconds,
    meetingRoomAloneSeconds: options.meetingRoomAloneSeconds ?? careDefaults.meetingRoomAloneSeconds,
    defaultLanguage,
    country,
    contactRetentionSeconds:
      options.contactRetentionSeconds ??
      (options.contactRetentionMinutes !== undefined ? options.contactRetentionMinutes * 60 : retentionDefaults.contactRetentionSeconds),
    ...(options.contactCheckSeconds !== undefined && { contactCheckSeconds: options.contactCheckSeconds }),
    ...(options.patientHistoryDays !== undefined && { patientHistoryDays: options.patientHistoryDays }),
  };
  // The socket hub needs the server and the events need the hub; the timer task needs the
  // dependencies and the dependencies need the timers: late-bound references tie the knots.
  const late: { hub?: ReturnType<typeof attachSocketHub>; timerTask?: (input: unknown) => Promise<unknown> } = {};
  const events = connectionEvents(
    store.access,
    (id, data) => late.hub?.post(id, data) ?? Promise.resolve(false),
    (id) => Promise.resolve(void late.hub?.close(id)),
  );
  const timers = localTimers(store.access, (input) => late.timerTask!(input));
  const directory = await localStaffDirectory(dataDir, (wanted) => demoStaff(options.demoPassword, wanted));
  const dependencies: Dependencies = {
    mode: 'local',
    store,
    clock: systemClock,
    ids: cryptoIds,
    notifier: outbox,
    events,
    timers,
    meetings: p2pMeetings(),
    integrations: options.webhookUrl
      ? webhookIntegrations({ url: options.webhookUrl, ...(options.webhookSecret && { secret: options.webhookSecret }) })
      : noIntegrations,
    staffDirectory: listedStaff(() => directory.accounts()),
    settings,
  };
  late.timerTask = createTimerTask(dependencies);

  await seedPatients(store, systemClock.now(), defaultLanguage);
  const identity = await localStaffIdentity(dataDir);
  const handlers = await Promise.all(
    routes.map(async (route) => ({ route, handler: (await loadFactory(route))(dependencies) })),
  );
  const servesHost = hostFilter(servedHostNames(options.siteUrl, options.host));
  const server = createLocalServer({
    routes: handlers,
    localRoutes: {
      'POST /api/local/sign-in': signInRoute(directory, identity, signInThrottle(), (entry) => recordAudit(dependencies, entry)),
      'GET /api/local/outbox': async () => ({ status: 200, body: { messages: await outbox.read() } }),
    },
    staffIdentity: identity,
    servesHost,
    siteRoot: resolve(options.siteRoot),
    siteConfig: {
      mode: 'local',
      apiBase: '',
      auth: { kind: 'local' },
      consultNowChannel: settings.consultNowChannel,
      timeZone: settings.timeZone,
      defaultLanguage,
      country,
      linkTtlSeconds: settings.linkTtlSeconds,
    },
  });
  const hub = attachSocketHub(server, {
    connect: (connectionId, ticket) => connectEvents(dependencies, connectionId, ticket),
    message: (connectionId, body, post) => relaySignal(dependencies, connectionId, body, (id, data) => post(id, data).then(() => undefined)),
    disconnect: (connectionId) => disconnectEvents(dependencies, connectionId),
  }, { servesHost });
  late.hub = hub;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  listening = `http://localhost:${port}`;
  await timers.resume();
  // A crash between a consultation taking a link and arming its timer left one that never lapses.
  await rearmLinkExpiries(dependencies, directory.staffIds());
  await armEarlierPurgesOnce(dataDir, () => armForgottenPurges(dependencies, directory.staffIds()));
  return {
    url: listening,
    dependencies,
    close: async () => {
      timers.close();
      hub.closeAll();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await dynamo.close();
    },
  };
};
