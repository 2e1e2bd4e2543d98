import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Encounter, localNumberCountry, Mobile, readLocalNumbersIn } from '@clinicall/shared';
import type { Notifier } from '#ports';
import { noIntegrations } from '#adapters/webhook-integrations';
import { auditTable } from '#adapters/dynamodb/store';
import { type AwsAdapters, awsDependencies, awsSettings, loadedOnFirstUse } from './aws.ts';

const settings = { CLINICALL_TABLE_PREFIX: 'test', CLINICALL_SITE_URL: 'https://clinic.example' };
const message = { channel: 'sms', to: '+447700900123', body: 'hello' } as const;

describe('the AWS composition root', () => {
  beforeEach(() => {
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('makes an adapter on its first use only, and once', async () => {
    const send = vi.fn<Notifier['send']>(() => Promise.resolve());
    const adapter = vi.fn(() => ({ send }));
    const deps = awsDependencies({ notifier: adapter });
    expect(adapter).not.toHaveBeenCalled();
    await Promise.all([deps.notifier.send(message), deps.notifier.send(message)]);
    await deps.notifier.send(message);
    expect(adapter).toHaveBeenCalledOnce();
    expect(adapter).toHaveBeenCalledWith(deps.store);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('loads an adapter’s module with the first request that uses it, once', async () => {
    const send = vi.fn<Notifier['send']>(() => Promise.resolve());
    const load = vi.fn(() => Promise.resolve({ adapter: () => ({ send }) }));
    const deps = awsDependencies({ notifier: loadedOnFirstUse(load) });
    expect(load).not.toHaveBeenCalled();
    await Promise.all([deps.notifier.send(message), deps.notifier.send(message)]);
    await deps.notifier.send(message);
    expect(load).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('is built once per set of adapters: every function of a handler file shares it', () => {
    const adapters: AwsAdapters = {};
    expect(awsDependencies(adapters)).toBe(awsDependencies(adapters));
    expect(awsDependencies()).toBe(awsDependencies());
  });

  it('tries again after a failed attempt, such as a missing setting', async () => {
    let attempts = 0;
    const deps = awsDependencies({
      timers: () => {
        if (++attempts === 1) throw new Error('Missing environment variable CLINICALL_TIMER_STATE_MACHINE_ARN');
        return { start: () => Promise.resolve() };
      },
    });
    const timer = { kind: 'link-expiry', id: 'l1', dueAt: '2026-01-01T00:00:00.000Z' } as const;
    await expect(deps.timers.start(timer)).rejects.toThrow(/CLINICALL_TIMER_STATE_MACHINE_ARN/);
    await expect(deps.timers.start(timer)).resolves.toBeUndefined();
    expect(attempts).toBe(2);
  });

  it('fails, saying which, when a function uses an adapter its handler file does not name', async () => {
    const deps = awsDependencies({});
    await expect(deps.meetings.end({} as never)).rejects.toThrow(/no meetings adapter.*awsAdapters/);
  });

  it('holds the repositories of the tables its handler file names; one of another table fails, saying which', async () => {
    const deps = awsDependencies({ tables: [auditTable] });
    expect(typeof deps.store.audit.append).toBe('function');
    await expect(deps.store.patients.get('p-1')).rejects.toThrow(/no patients repository.*awsAdapters/);
    await expect(deps.store.portal.findLink('hash')).rejects.toThrow(/no portal repository/);
  });

  it('tells no integration without an event bus, and makes none', async () => {
    const make = vi.fn();
    expect(awsDependencies({ integrations: make }).integrations).toBe(noIntegrations);
    vi.stubEnv('CLINICALL_EVENT_BUS_NAME', 'default');
    const encounterRecorded = vi.fn(() => Promise.resolve());
    const deps = awsDependencies({ integrations: () => ({ encounterRecorded }) });
    await deps.integrations.encounterRecorded({ id: 'e1' } as Encounter);
    expect(encounterRecorded).toHaveBeenCalledWith({ id: 'e1' });
    expect(make).not.toHaveBeenCalled();
  });

  it('writes in the stage’s language and reads local numbers in its country; English and GB when unset', () => {
    vi.stubEnv('CLINICALL_DEFAULT_LANGUAGE', 'sv');
    vi.stubEnv('CLINICALL_COUNTRY', 'SE');
    expect(awsDependencies({ notifier: undefined }).settings).toMatchObject({ defaultLanguage: 'sv', country: 'SE' });
    expect(localNumberCountry()).toBe('SE');
    expect(Mobile.parse('070-123 45 67')).toBe('+46701234567');
    readLocalNumbersIn('GB');
    vi.stubEnv('CLINICALL_DEFAULT_LANGUAGE', 'de');
    vi.stubEnv('CLINICALL_COUNTRY', '');
    expect(awsDependencies({ meetings: undefined }).settings).toMatchObject({ defaultLanguage: 'en', country: 'GB' });
  });

  it('keeps contact details the stage’s minutes after a call (an hour when unset) and call history as long as the record unless told', () => {
    expect(awsSettings()).toMatchObject({ contactRetentionSeconds: 3600 });
    expect(awsSettings().patientHistoryDays).toBeUndefined();
    vi.stubEnv('CLINICALL_CONTACT_RETENTION_MINUTES', '0');
    vi.stubEnv('CLINICALL_PATIENT_HISTORY_DAYS', '3650');
    expect(awsSettings()).toMatchObject({ contactRetentionSeconds: 0, patientHistoryDays: 3650 });
    vi.stubEnv('CLINICALL_CONTACT_RETENTION_MINUTES', '15');
    expect(awsSettings().contactRetentionSeconds).toBe(900);
  });

  it('needs the table prefix and the site', () => {
    vi.stubEnv('CLINICALL_TABLE_PREFIX', '');
    expect(() => awsDependencies({ events: undefined })).toThrow(/CLINICALL_TABLE_PREFIX/);
  });
});
