import type { Page } from 'playwright-core';
import { waitForPath } from './navigation.ts';

/** The steps every call test goes through, as the clinician and the patient would take them. */
export const signIn = async (page: Page, url: string) => {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill('clinician@example.org');
  await page.getByLabel('Password').fill('clinicall');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('row', { name: /Alex Example/ }).waitFor();
};

/** Consult Now to Alex Example by SMS; answers the consultation's card on the dashboard. */
export const consultNow = async (clinician: Page) => {
  await clinician.getByRole('row', { name: /Alex Example/ }).getByRole('button', { name: 'Consult Now' }).click();
  await clinician.getByRole('button', { name: 'Send link' }).click();
  await clinician.getByRole('button', { name: 'Done' }).click();
  const card = clinician.getByTestId('open-consultation').filter({ hasText: 'Alex Example' }).first();
  await card.waitFor();
  return card;
};

/** Opens the newest message sent to `to` from the local outbox (the person's phone or inbox). */
export const openLinkSentTo = async (page: Page, url: string, to: string) => {
  await page.goto(`${url}/outbox`);
  await page.getByTestId('outbox-message').filter({ hasText: to }).first().getByRole('link').first().click();
};

/** Alex Example proves who they are; the device check follows. */
export const verifyAlex = async (patient: Page) => {
  await patient.getByLabel('Day').fill('12');
  await patient.getByLabel('Month').fill('4');
  await patient.getByLabel('Year').fill('1980');
  await patient.getByRole('button', { name: 'Continue' }).click();
  await patient.getByRole('heading', { name: 'Check your camera and sound' }).waitFor();
};

export const skipDeviceCheck = async (page: Page) => {
  await page.getByRole('button', { name: 'Continue to the waiting room' }).click();
  await page.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
};

/** The clinician admits whoever waits on the card and is taken into the call. */
export const admitFromDashboard = async (clinician: Page, card: ReturnType<Page['locator']>) => {
  const waiting = card.getByTestId('participant').and(clinician.locator('[data-state="waiting"]'));
  await waiting.first().waitFor({ timeout: 10_000 });
  await waiting.first().getByRole('button', { name: /^Admit/ }).click();
  await waitForPath(clinician, /^\/call\//);
};

/** A clinician and Alex Example in a call together (Alex skips through the device check). */
export const startCall = async (clinician: Page, patient: Page, url: string) => {
  await signIn(clinician, url);
  const card = await consultNow(clinician);
  await openLinkSentTo(patient, url, '+447700900123');
  await verifyAlex(patient);
  await skipDeviceCheck(patient);
  await admitFromDashboard(clinician, card);
  await patient.getByTestId('remote-video').first().waitFor();
  await clinician.getByTestId('remote-video').first().waitFor();
};
