import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { waitForPath } from './support/navigation.ts';

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

const signIn = async (page: Page) => {
  await page.goto(`${clinicall.url}/sign-in`);
  await page.getByLabel('Email').fill('clinician@example.org');
  await page.getByLabel('Password').fill('clinicall');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('row', { name: /Alex Example/ }).waitFor();
};

test('Consult Now: link → date of birth → waiting room → admitted → a real call → coded outcome', async () => {
  const clinician = await clinicianBrowser.newPage();
  const patient = await patientBrowser.newPage();
  await signIn(clinician);

  // The clinician sends a link to Alex Example, by SMS (a mobile number is on record).
  await clinician.getByRole('row', { name: /Alex Example/ }).getByRole('button', { name: 'Consult Now' }).click();
  await clinician.getByRole('button', { name: 'Send link' }).click();
  await clinician.getByRole('button', { name: 'Done' }).click();
  const card = clinician.getByTestId('open-consultation').filter({ hasText: 'Alex Example' });
  const link = card.getByTestId('link').and(clinician.locator('[data-status="issued"]'));
  await link.waitFor();
  // Revoking is asked first; keeping it changes nothing.
  await link.getByRole('button', { name: 'Revoke' }).click();
  await link.getByText('Revoke this link? It will stop working at once.').waitFor();
  await link.getByRole('button', { name: 'Keep it' }).click();
  await link.getByRole('button', { name: 'Revoke' }).waitFor();
  // Consult Now again for Alex offers the open consultation first: a new link in it, not a second one.
  await clinician.getByRole('row', { name: /Alex Example/ }).getByRole('button', { name: 'Consult Now' }).click();
  await clinician.getByTestId('already-open').getByText('Alex Example already has an open consultation with you').waitFor();
  await clinician.getByRole('button', { name: 'Send a new link in it' }).click();
  await clinician.getByRole('button', { name: 'Done' }).click();
  await link.waitFor();
  expect(await clinician.getByTestId('open-consultation').filter({ hasText: 'Alex Example' }).count()).toBe(1);
  // The patient opens the newest message below: the new link, in the same consultation.

  // The patient opens it from the outbox (their phone, locally).
  await patient.goto(`${clinicall.url}/outbox`);
  const message = patient.getByTestId('outbox-message').first();
  expect(await message.textContent()).toContain('+447700900123');
  await message.getByRole('link').first().click();
  await patient.getByLabel('Day').waitFor();
  // The token left the address bar as soon as the page read it.
  expect(new URL(patient.url()).hash).toBe('');

  await patient.getByLabel('Day').fill('12');
  await patient.getByLabel('Month').fill('4');
  await patient.getByLabel('Year').fill('1980');
  await patient.getByRole('button', { name: 'Continue' }).click();
  // The device check comes before the waiting room; one button goes on.
  await patient.getByRole('heading', { name: 'Check your camera and sound' }).waitFor();
  await patient.getByRole('button', { name: 'Continue to the waiting room' }).click();
  await patient.getByText('Waiting for Dr Sam Carter. They know you are here.').waitFor();

  // The dashboard hears of it in real time, with what the device check found; the clinician admits.
  const waiting = card.getByTestId('participant').and(clinician.locator('[data-state="waiting"]'));
  await waiting.waitFor({ timeout: 10_000 });
  await waiting.getByTestId('device-check-summary').getByText('Devices OK').waitFor({ timeout: 10_000 });
  await waiting.getByRole('button', { name: 'Admit' }).click();
  await waitForPath(clinician, /^\/call\//);

  // Both sides receive the other's video, frames advancing, and a live audio track.
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);

  // The clinician ends it as completed; the patient is told and asked the same question.
  await clinician.getByRole('button', { name: 'End call' }).click();
  await clinician.getByLabel('Consultation completed').check();
  await clinician.getByRole('group', { name: 'Did you have technical problems?' }).getByLabel('No', { exact: true }).check();
  await clinician.getByRole('button', { name: 'End consultation' }).click();

  await patient.getByRole('heading', { name: 'The consultation has ended' }).waitFor();
  await patient.getByRole('group', { name: 'Did you have technical problems?' }).getByRole('button', { name: 'No', exact: true }).click();
  await patient.getByText('Thank you.').waitFor();

  // The call history shows the coded outcome, and the patient's answer.
  const recent = clinician.getByTestId('recent-consultation').filter({ hasText: 'Alex Example' }).first();
  await recent.getByText('Consultation completed — SNOMED CT 719410009').waitFor({ timeout: 10_000 });
  await expect.poll(async () => await recent.textContent(), { timeout: 10_000 }).toContain('patient: no');

  // The completed consultation as a FHIR R4 Encounter, saved from the call history.
  const [download] = await Promise.all([clinician.waitForEvent('download'), recent.getByRole('button', { name: /FHIR record/ }).click()]);
  const encounter = JSON.parse(await readFile(await download.path(), 'utf8')) as { resourceType: string; status: string };
  expect(encounter).toMatchObject({ resourceType: 'Encounter', status: 'finished' });
});
