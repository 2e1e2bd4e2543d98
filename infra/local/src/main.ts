import { fileURLToPath } from 'node:url';
import { type Country, countries, defaultLinkTtlSeconds, isCountry, isLanguage, isTimeZone, type Language, languages } from '@clinicall/shared';
import { careDefaults, retentionDefaults } from '@clinicall/functions/ports';
import { installLastResort } from './last-resort.ts';
import { startRuntime } from './runtime.ts';
import { ensureWebBuild } from './web-build.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}

function positiveInteger(name: string, fallback: number, unit = 'seconds'): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number of ${unit}, not "${raw}".`);
    process.exit(2);
  }
  return value;
}

/** A whole number of at least `least`; undefined when unset. */
function wholeNumber(name: string, unit: string, least = 0): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) {
    console.error(`${name} must be a whole number of ${unit} (${least} or more), not "${raw}".`);
    process.exit(2);
  }
  return value;
}

function timeZone(): string {
  const zone = process.env.CLINICALL_TIME_ZONE || careDefaults.timeZone;
  if (!isTimeZone(zone)) {
    console.error(`CLINICALL_TIME_ZONE must be an IANA time zone such as Europe/London, not "${zone}".`);
    process.exit(2);
  }
  return zone;
}

function reminderMinutes(): readonly number[] {
  const raw = process.env.CLINICALL_REMINDER_MINUTES;
  if (raw === undefined || raw === '') return careDefaults.reminderMinutes;
  const minutes = raw.split(',').map((m) => Number(m.trim()));
  if (minutes.some((m) => !Number.isInteger(m) || m < 1)) {
    console.error(`CLINICALL_REMINDER_MINUTES must be minutes before the start, separated by commas (e.g. 1440,15), not "${raw}".`);
    process.exit(2);
  }
  return minutes;
}

function defaultLanguage(): Language {
  const raw = process.env.CLINICALL_DEFAULT_LANGUAGE || 'en';
  if (!isLanguage(raw)) {
    console.error(`CLINICALL_DEFAULT_LANGUAGE must be one of ${languages.join(', ')}, not "${raw}".`);
    process.exit(2);
  }
  return raw;
}

function country(): Country {
  const raw = process.env.CLINICALL_COUNTRY || 'GB';
  if (!isCountry(raw)) {
    console.error(`CLINICALL_COUNTRY must be one of ${countries.join(', ')}, not "${raw}".`);
    process.exit(2);
  }
  return raw;
}

const siteRoot = await ensureWebBuild(root);
const runtime = await startRuntime({
  port,
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.CLINICALL_DATA_DIR ?? '.clinicall',
  siteRoot,
  demoPassword: process.env.CLINICALL_DEMO_PASSWORD ?? 'clinicall',
  ...(process.env.CLINICALL_SITE_URL && { siteUrl: process.env.CLINICALL_SITE_URL.replace(/\/$/, '') }),
  linkTtlSeconds: positiveInteger('CLINICALL_LINK_TTL_SECONDS', defaultLinkTtlSeconds),
  consultNowChannel: process.env.CLINICALL_CONSULT_NOW_CHANNEL === 'email' ? 'email' : 'sms',
  timeZone: timeZone(),
  reminderMinutes: reminderMinutes(),
  portalSessionDays: positiveInteger('CLINICALL_PORTAL_SESSION_DAYS', careDefaults.portalSessionDays, 'days'),
  ringCheckSeconds: positiveInteger('CLINICALL_RING_CHECK_SECONDS', careDefaults.ringCheckSeconds),
  ringTimeoutSeconds: positiveInteger('CLINICALL_RING_TIMEOUT_SECONDS', careDefaults.ringTimeoutSeconds),
  meetingRoomAloneSeconds: positiveInteger('CLINICALL_MEETING_ROOM_ALONE_SECONDS', careDefaults.meetingRoomAloneSeconds),
  defaultLanguage: defaultLanguage(),
  country: country(),
  contactRetentionMinutes: wholeNumber('CLINICALL_CONTACT_RETENTION_MINUTES', 'minutes') ?? retentionDefaults.contactRetentionSeconds / 60,
  ...(wholeNumber('CLINICALL_PATIENT_HISTORY_DAYS', 'days', 1) !== undefined && {
    patientHistoryDays: wholeNumber('CLINICALL_PATIENT_HISTORY_DAYS', 'days', 1)!,
  }),
  ...(process.env.CLINICALL_WEBHOOK_URL && { webhookUrl: process.env.CLINICALL_WEBHOOK_URL }),
  ...(process.env.CLINICALL_WEBHOOK_SECRET && { webhookSecret: process.env.CLINICALL_WEBHOOK_SECRET }),
});

console.log(`
Clinicall is running at ${runtime.url}
Sign in as clinician@example.org (or admin@example.org, member@example.org), password ${process.env.CLINICALL_DEMO_PASSWORD ? '(from CLINICALL_DEMO_PASSWORD)' : 'clinicall'}
Press Ctrl-C to stop.`);

let stopping = false;
const stop = (exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  // A runtime in trouble may not close: it must still stop.
  if (exitCode !== 0) setTimeout(() => process.exit(exitCode), 5_000).unref();
  runtime.close().then(
    () => process.exit(exitCode),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
installLastResort(stop);
