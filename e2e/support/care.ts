import type { Page } from 'playwright-core';

/** The demo clinician signs in and lands on the home page, the demo patient listed. */
export const signInAsClinician = async (page: Page, url: string): Promise<void> => {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill('clinician@example.org');
  await page.getByLabel('Password').fill('clinicall');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('row', { name: /Alex Example/ }).waitFor();
};

/** Opens the first link of the newest message "sent" to `to` that mentions `about`, from the local outbox. */
export const openFromOutbox = async (page: Page, url: string, to: string, about: RegExp): Promise<void> => {
  await page.goto(`${url}/outbox`);
  const message = page
    .getByTestId('outbox-message')
    .filter({ hasText: to })
    .filter({ hasText: about })
    .first();
  await message.waitFor();
  await message.getByRole('link').first().click();
};

/** Alex Example confirms their date of birth on the portal's sign-in, and asks for this device to be remembered. */
export const confirmDateOfBirth = async (page: Page): Promise<void> => {
  await page.getByLabel('Remember this device for 30 days').check();
  await page.getByLabel('Day', { exact: true }).fill('12');
  await page.getByLabel('Month').fill('4');
  await page.getByLabel('Year').fill('1980');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Hello, Alex' }).waitFor();
};

/** Seconds since `start`, for the log of how long each step took. */
export const since = (start: number): string => `${((Date.now() - start) / 1000).toFixed(1)} s`;
