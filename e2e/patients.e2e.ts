import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { waitForPath } from './support/navigation.ts';

let clinicall: RunningClinicall;
let browser: BrowserContext;

beforeAll(async () => {
  clinicall = await startClinicall();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

test('the demo clinician signs in, sees Alex Example, adds a patient and finds them by search', async () => {
  const page = await browser.newPage();
  await page.goto(clinicall.url);
  await waitForPath(page, /^\/sign-in$/);
  await page.getByLabel('Email').fill('clinician@example.org');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();

  await page.getByLabel('Password').fill('clinicall');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Patients' }).waitFor();
  await page.getByRole('row', { name: /Alex Example/ }).waitFor();
  // On a 1280×800 screen, Consult Now for the patient on record is in sight without scrolling.
  await page.setViewportSize({ width: 1280, height: 800 });
  const consultNow = await page.getByRole('row', { name: /Alex Example/ }).getByRole('button', { name: 'Consult Now' }).boundingBox();
  expect(consultNow!.y + consultNow!.height).toBeLessThanOrEqual(800);

  await page.getByRole('button', { name: 'Add patient' }).click();
  await page.getByLabel('First name').fill('Priya');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  // Every problem at once, in words a receptionist understands.
  await page.getByText('Enter the last name.').waitFor();
  await page.getByText('Enter the date of birth.').waitFor();

  await page.getByLabel('Last name').fill('Raman');
  // The corrected field loses its error at once; the one still to fix keeps it.
  await page.getByText('Enter the last name.').waitFor({ state: 'detached' });
  expect(await page.getByText('Enter the date of birth.').isVisible()).toBe(true);
  // The date as the page's language writes it (day, month, year in English), not the browser's own picker.
  const born = page.getByRole('group', { name: 'Date of birth' });
  await born.getByLabel('Day').fill('30');
  await born.getByLabel('Month').fill('9');
  await born.getByLabel('Year').fill('1975');
  await page.getByLabel('Mobile number (optional)').fill('12');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  await page.getByText(/Enter a mobile number/).waitFor();

  await page.getByLabel('Mobile number (optional)').fill('07700 900 777');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  await page.getByText('Priya Raman was added.').waitFor();

  // The same name and date of birth again: flagged before it is saved; added only if asked.
  await page.getByRole('button', { name: 'Add patient' }).click();
  await page.getByLabel('First name').fill('priya');
  await page.getByLabel('Last name').fill('Raman ');
  const again = page.getByRole('group', { name: 'Date of birth' });
  await again.getByLabel('Day').fill('30');
  await again.getByLabel('Month').fill('09');
  await again.getByLabel('Year').fill('1975');
  await page.getByRole('button', { name: 'Add patient' }).last().click();
  await page.getByText('Priya Raman, born on that date, is already on record.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Add anyway' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Find a patient').fill('ram');
  const row = page.getByRole('row', { name: /Priya Raman/ });
  await row.waitFor();
  expect(await row.textContent()).toContain('+44 7700 900777');
  await expect.poll(() => page.getByTestId('patient-row').count()).toBe(1);

  await page.getByLabel('Find a patient').fill('30/09/1975');
  await page.getByRole('row', { name: /Priya Raman/ }).waitFor();
  await expect.poll(() => page.getByTestId('patient-row').count()).toBe(1);
});
