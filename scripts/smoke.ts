import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * `npm run smoke -- --url <site>`: a clinician signs in and runs Consult Now against a running
 * Clinicall. Locally (the local runtime) the whole round trip: the link is read back from the
 * outbox, the patient proves their date of birth, is admitted, both sides see video, and the
 * clinician ends the consultation. Against AWS the SMS or email cannot be read back from here,
 * so it stops once the link is sent and listed as issued, and says so.
 *
 * Environment: SMOKE_EMAIL and SMOKE_PASSWORD (the clinician; locally the demo clinician by
 * default), SMOKE_MOBILE or SMOKE_EMAIL_TO (where the link goes; locally the demo patient by
 * default, in AWS one of them is needed), CHROMIUM_PATH (/usr/bin/chromium).
 */

const { values } = parseArgs({ options: { url: { type: 'string' }, timeout: { type: 'string', default: '20' } } });
if (!values.url) {
  console.error('Usage: npm run smoke -- --url https://clinicall.example.org');
  process.exit(2);
}
const site = new URL(values.url).origin;
const timeoutMs = Number(values.timeout) * 1000;

interface SiteConfig {
  readonly mode: 'local' | 'aws';
  readonly auth: { readonly kind: 'local' } | { readonly kind: 'cognito'; readonly domain: string };
}

/** The demo clinic of the local runtime (infra/local/src/seed.ts). */
const demo = {
  clinician: { email: 'clinician@example.org', password: process.env.CLINICALL_DEMO_PASSWORD ?? 'clinicall' },
  patient: { name: 'Alex Example', mobile: '+447700900123', dateOfBirth: { day: '12', month: '4', year: '1980' } },
};
/** Someone not on record, when SMOKE_MOBILE or SMOKE_EMAIL_TO names where the link goes. */
const smokeName = 'Clinicall smoke test';

const started = performance.now();
const step = (text: string) => console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${text}`);

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

const profiles: string[] = [];
const openBrowser = async (): Promise<BrowserContext> => {
  const profile = await mkdtemp(join(tmpdir(), 'clinicall-smoke-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(timeoutMs);
  return context;
};

const signIn = async (page: Page, config: SiteConfig) => {
  const email = process.env.SMOKE_EMAIL ?? (config.mode === 'local' ? demo.clinician.email : undefined);
  const password = process.env.SMOKE_PASSWORD ?? (config.mode === 'local' ? demo.clinician.password : undefined);
  if (!email || !password) throw new Error('Set SMOKE_EMAIL and SMOKE_PASSWORD to a test clinician of this deployment.');
  await page.goto(`${site}/sign-in`);
  if (config.auth.kind === 'local') {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  } else {
    await page.getByRole('button', { name: 'Sign in with your organisation account' }).click();
    // Cognito's hosted pages: the classic form (username and password together) or managed
    // login (username, Next, then password).
    await page.waitForURL((url) => url.origin !== site);
    await page.locator('input[name="username"]:visible').fill(email);
    const passwordField = page.locator('input[name="password"]:visible');
    if (!(await passwordField.count())) await page.getByRole('button', { name: /^(Next|Continue)$/ }).click();
    await passwordField.fill(password);
    await passwordField.press('Enter');
    await page.waitForURL((url) => url.origin === site && url.pathname === '/', { timeout: timeoutMs });
  }
  const dashboard = page.getByRole('heading', { name: 'Your consultations' });
  const refusal = page.getByRole('alert');
  await dashboard.or(refusal).first().waitFor();
  if (await refusal.count()) throw new Error(`Sign-in refused: ${(await refusal.first().textContent())?.trim()}`);
  step(`signed in as ${email} (${config.auth.kind === 'local' ? 'local sign-in' : 'Cognito hosted sign-in'})`);
};

/** Where the link goes: the demo patient locally, else someone not on record at the given mobile or email. */
const destination = (config: SiteConfig) => {
  const mobile = process.env.SMOKE_MOBILE;
  const email = process.env.SMOKE_EMAIL_TO;
  if (mobile) return { kind: 'not-on-record', channel: 'sms', to: mobile, name: smokeName } as const;
  if (email) return { kind: 'not-on-record', channel: 'email', to: email, name: smokeName } as const;
  if (config.mode === 'local') return { kind: 'demo-patient', channel: 'sms', to: demo.patient.mobile, name: demo.patient.name } as const;
  throw new Error('Set SMOKE_MOBILE (or SMOKE_EMAIL_TO) to where the test link may be sent.');
};

const sendLink = async (page: Page, to: ReturnType<typeof destination>) => {
  if (to.kind === 'demo-patient') {
    await page.getByRole('row', { name: new RegExp(to.name) }).getByRole('button', { name: 'Consult Now' }).click();
  } else {
    await page.getByRole('button', { name: 'Send a link to someone not on record' }).click();
    await page.getByLabel('Their name (optional)').fill(to.name);
    await page.getByLabel(to.channel === 'sms' ? 'Text message (SMS)' : 'Email').check();
    await page.getByLabel(to.channel === 'sms' ? 'Mobile number' : 'Email address').fill(to.to);
  }
  await page.getByRole('button', { name: 'Send link' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  const card = page.getByTestId('open-consultation').filter({ hasText: to.name }).first();
  await card.getByTestId('link').and(page.locator('[data-status="issued"]')).first().waitFor();
  step(`Consult Now link sent by ${to.channel} to ${to.to}; listed as issued on the dashboard`);
  return card;
};

/** The same mobile number (07700 900123 and +447700900123) or the same email address. */
const sameDestination = (recorded: string, given: string) => {
  if (given.includes('@')) return recorded.toLowerCase() === given.trim().toLowerCase();
  const digits = (text: string) => text.replace(/\D/g, '').replace(/^0+/, '');
  return digits(recorded).endsWith(digits(given));
};

/** The newest message to `to` in the local runtime's outbox, and the join link in it. */
const linkFromOutbox = async (page: Page, to: string, sentAfter: Date): Promise<string> => {
  const token = await page.evaluate(() => sessionStorage.getItem('clinicall.staff'));
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(`${site}/api/local/outbox`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const { messages } = (await response.json()) as { messages: { to: string; body: string; sentAt: string }[] };
    const message = messages.find((m) => sameDestination(m.to, to) && new Date(m.sentAt) >= sentAfter);
    const link = message?.body.match(/https?:\/\/\S+\/join#[A-Za-z0-9_-]+/)?.[0];
    // The message names the site as the runtime knows it; open it on the address we were given.
    if (link) return `${site}${link.slice(new URL(link).origin.length)}`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No link to ${to} in /api/local/outbox`);
};

/** A remote picture whose frames keep coming. */
const expectRemoteVideo = async (page: Page, who: string) => {
  const video = page.getByTestId('remote-video').first();
  await video.waitFor();
  const frames = () => video.evaluate((v: HTMLVideoElement) => (v.videoWidth > 0 ? v.getVideoPlaybackQuality().totalVideoFrames : 0));
  const deadline = Date.now() + timeoutMs;
  let first = 0;
  while ((first = await frames()) === 0 && Date.now() < deadline) await page.waitForTimeout(200);
  while ((await frames()) < first + 5 && Date.now() < deadline) await page.waitForTimeout(200);
  if ((await frames()) < first + 5 || first === 0) throw new Error(`${who} sees no moving remote video`);
  step(`${who} sees the other's video (frames advancing)`);
};

const roundTripLocally = async (clinician: Page, patient: Page, to: ReturnType<typeof destination>, card: ReturnType<Page['getByTestId']>, sentAfter: Date) => {
  await patient.goto(await linkFromOutbox(clinician, to.to, sentAfter));
  step('patient opened the link from /api/local/outbox');
  if (to.kind === 'demo-patient') {
    await patient.getByLabel('Day').fill(demo.patient.dateOfBirth.day);
    await patient.getByLabel('Month').fill(demo.patient.dateOfBirth.month);
    await patient.getByLabel('Year').fill(demo.patient.dateOfBirth.year);
    await patient.getByRole('button', { name: 'Continue' }).click();
    step('patient verified their date of birth');
  } else {
    await patient.getByLabel('Your name').fill(to.name);
    await patient.getByRole('button', { name: 'Continue' }).click();
    step('patient gave their name');
  }
  await patient.getByRole('button', { name: 'Continue to the waiting room' }).click();
  const waiting = card.getByTestId('participant').and(clinician.locator('[data-state="waiting"]')).first();
  await waiting.waitFor();
  step('patient is in the waiting room; the dashboard shows them waiting');
  await waiting.getByRole('button', { name: 'Admit' }).click();
  // pushState fires no load event: watch the path.
  await clinician.waitForFunction(() => location.pathname.startsWith('/call/'), undefined, { timeout: timeoutMs });
  step('clinician admitted the patient');
  await expectRemoteVideo(clinician, 'clinician');
  await expectRemoteVideo(patient, 'patient');
  await clinician.getByRole('button', { name: 'End call' }).click();
  await clinician.getByLabel('Consultation completed').check();
  await clinician.getByRole('group', { name: 'Did you have technical problems?' }).getByLabel('No', { exact: true }).check();
  await clinician.getByRole('button', { name: 'End consultation' }).click();
  await patient.getByRole('heading', { name: 'The consultation has ended' }).waitFor();
  step('clinician ended the consultation as completed; the patient was told');
};

const browsers: BrowserContext[] = [];
let failed = false;
try {
  const response = await fetch(`${site}/config.json`);
  if (!response.ok) throw new Error(`${site}/config.json answered ${response.status}: is this a Clinicall site?`);
  const config = (await response.json()) as SiteConfig;
  console.log(`Smoke test of ${site} (${config.mode === 'local' ? 'local runtime' : 'AWS'})`);
  const to = destination(config);
  const clinicianBrowser = await openBrowser();
  browsers.push(clinicianBrowser);
  const clinician = await clinicianBrowser.newPage();
  await signIn(clinician, config);
  const sentAfter = new Date(Date.now() - 1000);
  const card = await sendLink(clinician, to);
  if (config.mode === 'local') {
    const patientBrowser = await openBrowser();
    browsers.push(patientBrowser);
    await roundTripLocally(clinician, await patientBrowser.newPage(), to, card, sentAfter);
    const proof = to.kind === 'demo-patient' ? 'date of birth' : 'name';
    console.log(`PASS: sign-in, Consult Now, ${proof}, waiting room, admit, two-way video, end.`);
  } else {
    console.log(
      `PASS (partial): sign-in and Consult Now work; the link was sent and is listed as issued.\n` +
        `The ${to.channel === 'sms' ? 'SMS' : 'email'} cannot be read back from here: open it on ${to.to} to try the patient's side.`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`FAIL after ${((performance.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
  await Promise.all(profiles.map((profile) => rm(profile, { recursive: true, force: true })));
}
process.exit(failed ? 1 : 0);
