import type { Context } from 'aws-lambda';
import type { Dependencies, Events, Integrations, Meetings, Notifier, Settings, StaffDirectory, Store, Timers } from '#ports';
import { defaultLinkTtlSeconds, isLanguage } from '@clinicall/shared';
import { isCountry, readLocalNumbersIn } from '@clinicall/shared/country';
import { careDefaults, localeDefaults, retentionDefaults } from '#ports';
import { systemClock } from '#adapters/clock';
import { cryptoIds } from '#adapters/ids';
import { noIntegrations } from '#adapters/webhook-integrations';
import { documentClient } from '#adapters/dynamodb/document-client';
import { storeOver, type TableRepositories } from '#adapters/dynamodb/store';
import type { ApiEvent, ApiHandler, ApiResult } from '../http/route.ts';
import type { RouteFactory } from '../http/route-factory.ts';
import { required } from './environment.ts';

/** A whole number ≥ 0 from the environment; undefined when unset or not one (the stage config checks it before deploying). */
const wholeNumber = (raw: string | undefined): number | undefined => {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};
const minutesAsSeconds = (raw: string | undefined) => {
  const minutes = wholeNumber(raw);
  return minutes === undefined ? undefined : minutes * 60;
};

/** Deployment settings, passed to every function by the CDK app. */
export const awsSettings = (): Settings => ({
  siteUrl: required('CLINICALL_SITE_URL'),
  organisationName: process.env.CLINICALL_ORGANISATION_NAME ?? 'Clinicall',
  linkTtlSeconds: Number(process.env.CLINICALL_LINK_TTL_SECONDS ?? defaultLinkTtlSeconds),
  consultNowChannel: process.env.CLINICALL_CONSULT_NOW_CHANNEL === 'email' ? 'email' : 'sms',
  timeZone: process.env.CLINICALL_TIME_ZONE || careDefaults.timeZone,
  reminderMinutes: process.env.CLINICALL_REMINDER_MINUTES
    ? process.env.CLINICALL_REMINDER_MINUTES.split(',').map(Number).filter((m) => Number.isInteger(m) && m > 0)
    : careDefaults.reminderMinutes,
  portalSessionDays: Number(process.env.CLINICALL_PORTAL_SESSION_DAYS || careDefaults.portalSessionDays),
  ringCheckSeconds: Number(process.env.CLINICALL_RING_CHECK_SECONDS || careDefaults.ringCheckSeconds),
  ringTimeoutSeconds: Number(process.env.CLINICALL_RING_TIMEOUT_SECONDS || careDefaults.ringTimeoutSeconds),
  meetingRoomAloneSeconds: Number(process.env.CLINICALL_MEETING_ROOM_ALONE_SECONDS || careDefaults.meetingRoomAloneSeconds),
  defaultLanguage: isLanguage(process.env.CLINICALL_DEFAULT_LANGUAGE) ? process.env.CLINICALL_DEFAULT_LANGUAGE : localeDefaults.defaultLanguage,
  country: isCountry(process.env.CLINICALL_COUNTRY) ? process.env.CLINICALL_COUNTRY : localeDefaults.country,
  contactRetentionSeconds: minutesAsSeconds(process.env.CLINICALL_CONTACT_RETENTION_MINUTES) ?? retentionDefaults.contactRetentionSeconds,
  ...(wholeNumber(process.env.CLINICALL_PATIENT_HISTORY_DAYS) && {
    patientHistoryDays: wholeNumber(process.env.CLINICALL_PATIENT_HISTORY_DAYS)!,
  }),
});

/**
 * The `adapter` of a module of composition/aws-adapters: makes one adapter from the environment,
 * at once or, for one loaded on first use, once its module has loaded.
 */
export type MakeAdapter<T> = (store: Store) => T | Promise<T>;

/**
 * An adapter whose module, and the SDK client in it, loads with the first request that uses it:
 * a cold start that serves a request without it does not pay for loading it. The bundle keeps
 * the module as a chunk of its own beside the function's entry (lambda-bundle.ts).
 */
export const loadedOnFirstUse =
  <T>(load: () => Promise<{ adapter: MakeAdapter<T> }>): MakeAdapter<T> =>
  async (store) =>
    (await load()).adapter(store);

/**
 * The adapters a handler file's functions reach beyond the store: the `adapter` of each module of
 * composition/aws-adapters/* it needs, imported by name (statically, or with `loadedOnFirstUse`)
 * so that the bundle keeps only what each SDK client uses. Each client is made on first use; an
 * adapter the file does not name fails when used.
 */
export interface AwsAdapters {
  /** The tables its functions touch (their IAM rights): the store holds only their repositories. */
  readonly tables?: readonly TableRepositories[];
  readonly notifier?: MakeAdapter<Notifier>;
  readonly events?: MakeAdapter<Events>;
  readonly timers?: MakeAdapter<Timers>;
  readonly meetings?: MakeAdapter<Meetings>;
  readonly integrations?: MakeAdapter<Integrations>;
  readonly staffDirectory?: MakeAdapter<StaffDirectory>;
}

/** The adapters beyond the store. */
export type AdapterName = Exclude<keyof AwsAdapters, 'tables'>;

/** The adapter, made once on first use; a failed attempt (say, a missing setting) is retried next time. */
const onFirstUse = <T>(name: AdapterName, store: Store, make: MakeAdapter<T> | undefined): (() => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => {
    if (!make) {
      return Promise.reject(
        new Error(`This function has no ${name} adapter: name it in its handler file's awsAdapters (composition/aws.ts).`),
      );
    }
    made ??= Promise.resolve()
      .then(() => make(store))
      .catch((error: unknown) => {
        made = undefined;
        throw error;
      });
    return made;
  };
};

const none: AwsAdapters = {};
const built = new Map<AwsAdapters, Dependencies>();

/**
 * The AWS composition root: built once per execution environment, on first use. The store is
 * always there; every other adapter, and its SDK client, is made when first called.
 */
export const awsDependencies = (adapters: AwsAdapters = none): Dependencies => {
  const existing = built.get(adapters);
  if (existing) return existing;
  const settings = awsSettings();
  // Requests are checked (their phone numbers read) in the organisation's country.
  readLocalNumbersIn(settings.country);
  const store = storeOver(adapters.tables ?? [], documentClient(), required('CLINICALL_TABLE_PREFIX'), {
    defaultLanguage: settings.defaultLanguage,
  });
  const notifier = onFirstUse('notifier', store, adapters.notifier);
  const events = onFirstUse('events', store, adapters.events);
  const timers = onFirstUse('timers', store, adapters.timers);
  const meetings = onFirstUse('meetings', store, adapters.meetings);
  const integrations = onFirstUse('integrations', store, adapters.integrations);
  const staffDirectory = onFirstUse('staffDirectory', store, adapters.staffDirectory);
  const dependencies: Dependencies = {
    mode: 'aws',
    store,
    clock: systemClock,
    ids: cryptoIds,
    settings,
    notifier: { send: async (message) => (await notifier()).send(message) },
    events: {
      publish: async (topic, event, audience) => (await events()).publish(topic, event, audience),
      publishAll: async (topic, deliveries) => (await events()).publishAll(topic, deliveries),
      close: async (topic) => (await events()).close(topic),
    },
    timers: { start: async (timer) => (await timers()).start(timer) },
    meetings: {
      join: async (consultation, participantId, room) => (await meetings()).join(consultation, participantId, room),
      admit: async (consultation, participantIds, room) => (await meetings()).admit(consultation, participantIds, room),
      allow: async (consultation, room, participantId, allowance) =>
        (await meetings()).allow(consultation, room, participantId, allowance),
      allowAllExcept: async (consultation, room, except, allowance) =>
        (await meetings()).allowAllExcept(consultation, room, except, allowance),
      remove: async (consultation, participantId) => (await meetings()).remove(consultation, participantId),
      closeRoom: async (consultation, room) => (await meetings()).closeRoom(consultation, room),
      end: async (consultation) => (await meetings()).end(consultation),
    },
    staffDirectory: { inGroup: async (group) => (await staffDirectory()).inGroup(group) },
    integrations: process.env.CLINICALL_EVENT_BUS_NAME
      ? { encounterRecorded: async (encounter) => (await integrations()).encounterRecorded(encounter) }
      : noIntegrations,
  };
  built.set(adapters, dependencies);
  return dependencies;
};

export type HandlerFactory = (deps: Dependencies) => ApiHandler;
export type LambdaHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** The Lambda entry for a handler factory; the local runtime calls the factory itself. */
export const onAws = (create: HandlerFactory, adapters: AwsAdapters = none): LambdaHandler => {
  let handler: ApiHandler | undefined;
  return (event, context) => (handler ??= create(awsDependencies(adapters)))(event, context);
};

/** Lambda entries for every route factory of a handler file, under the same names. */
onAws.all = <K extends string>(factories: Record<K, RouteFactory>, adapters: AwsAdapters = none): Record<K, LambdaHandler> =>
  Object.fromEntries(
    Object.entries<RouteFactory>(factories).map(([name, { create }]) => [name, onAws(create, adapters)]),
  ) as Record<K, LambdaHandler>;
