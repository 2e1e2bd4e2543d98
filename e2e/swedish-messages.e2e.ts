import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { signInAsClinician } from './support/care.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;

beforeAll(async () => {
  clinicall = await startClinicall();
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser()]);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

interface OutboxMessage {
  readonly channel: 'sms' | 'email';
  readonly to: string;
  readonly body: string;
}

const outbox = async (): Promise<OutboxMessage[]> => {
  const response = await fetch(`${clinicall.url}/api/local/outbox`);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
};

test('a patient on record in Swedish is texted a Consult Now link in Swedish, and the link opens the page in Swedish', async () => {
  const clinician = await clinicianBrowser.newPage();
  await signInAsClinician(clinician, clinicall.url);

  // The receptionist records the patient's language with their details.
  await clinician.getByRole('button', { name: 'Add patient' }).click();
  await clinician.getByLabel('First name').fill('Astrid');
  await clinician.getByLabel('Last name').fill('Svensson');
  const born = clinician.getByRole('group', { name: 'Date of birth' });
  await born.getByLabel('Day').fill('12');
  await born.getByLabel('Month').fill('4');
  await born.getByLabel('Year').fill('1980');
  await clinician.getByLabel('Mobile number (optional)').fill('+46 70 123 45 67');
  await clinician.getByLabel('Language of messages').selectOption('sv');
  await clinician.getByRole('button', { name: 'Add patient' }).last().click();
  await clinician.getByText('Astrid Svensson was added.').waitFor();

  await clinician.getByLabel('Find a patient').fill('Astrid');
  const row = clinician.getByRole('row', { name: /Astrid Svensson/ });
  await row.waitFor();
  expect(await row.textContent()).toContain('Svenska');
  await row.getByRole('button', { name: 'Consult Now' }).click();
  await clinician.getByRole('button', { name: 'Send link' }).click();
  await clinician.getByRole('button', { name: 'Done' }).click();

  // The SMS in the outbox (the patient's phone, locally) is in Swedish, its link says so.
  await expect.poll(async () => (await outbox()).filter((m) => m.to === '+46701234567').length, { timeout: 10_000 }).toBe(1);
  const sms = (await outbox()).find((m) => m.to === '+46701234567')!;
  expect(sms.channel).toBe('sms');
  expect(sms.body).toMatch(/^Clinicall demo clinic: Dr Sam Carter är redo att träffa dig i ett videobesök\. Öppna länken inom \d+ min: /);
  const link = /(http:\/\/\S+\/join\?lng=sv#[A-Za-z0-9_-]+)$/.exec(sms.body)?.[1];
  expect(link, sms.body).toBeDefined();

  // Opened, the page takes the token out of the address, keeps the language, and is in Swedish.
  const patient = await patientBrowser.newPage();
  await patient.goto(link!);
  await patient.getByLabel(/^(Dag|Day)$/).waitFor();
  const opened = new URL(patient.url());
  expect(opened.hash).toBe('');
  expect(opened.searchParams.get('lng')).toBe('sv');
  expect(await patient.evaluate(() => document.documentElement.lang)).toBe('sv');
});
