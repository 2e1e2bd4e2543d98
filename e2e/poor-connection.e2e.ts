import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { startCall } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { inbound, instrument, sentVideo } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;
let clinician: Page;
let patient: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser({ phone: true })]);
  await Promise.all([instrument(clinicianBrowser), instrument(patientBrowser)]);
  [clinician, patient] = await Promise.all([clinicianBrowser.newPage(), patientBrowser.newPage()]);
  await startCall(clinician, patient, clinicall.url);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const setPoor = (poor: boolean) => patient.evaluate((value) => (window.__clinicallProbe!.poor = value), poor);

test('a poor connection (2 s round trips) pauses video both ways and says why on both sides; audio goes on; video comes back when it recovers', async () => {
  await expect.poll(async () => (await sentVideo(patient)).length, { timeout: 10_000 }).toBe(1);
  await setPoor(true);

  await patient.getByTestId('self-tile').getByText('Poor connection: your video is paused').waitFor({ timeout: 15_000 });
  await clinician.getByTestId('remote-tile').getByTestId('tile-status').getByText('Poor connection: video paused').waitFor({ timeout: 10_000 });
  await expect.poll(async () => (await sentVideo(patient)).length, { timeout: 5_000 }).toBe(0);
  await expect.poll(async () => (await sentVideo(clinician)).length, { timeout: 5_000 }).toBe(0);
  // The sound still flows.
  const audio = async () => (await inbound(clinician))[0]!.audioBytes;
  const heard = await audio();
  await expect.poll(audio, { timeout: 5_000 }).toBeGreaterThan(heard);

  await setPoor(false);
  await patient.getByTestId('self-tile').getByText('Poor connection: your video is paused').waitFor({ state: 'detached', timeout: 20_000 });
  await clinician.getByTestId('remote-tile').getByTestId('tile-status').waitFor({ state: 'detached', timeout: 10_000 });
  await expect.poll(async () => (await sentVideo(patient)).length, { timeout: 5_000 }).toBe(1);
  await expect.poll(async () => (await sentVideo(clinician)).length, { timeout: 5_000 }).toBe(1);
});
