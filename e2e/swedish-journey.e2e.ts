import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeFindings } from './support/axe.ts';
import { openBrowser } from './support/browser.ts';
import { admitFromDashboard, consultNow, signIn } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;
let clinician: Page;
let patient: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser({ phone: true })]);
  [clinician, patient] = await Promise.all([clinicianBrowser.newPage(), patientBrowser.newPage()]);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

/** The page is in Swedish, says so to assistive technology, and axe finds nothing serious. */
const expectSwedishAndAccessible = async (page: Page) => {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  const { serious, passed } = await axeFindings(page);
  expect(passed).toBeGreaterThan(10);
  expect(serious).toEqual([]);
};

test('a patient whose link says Swedish goes from date of birth to the last question in Swedish', async () => {
  await signIn(clinician, clinicall.url);
  const card = await consultNow(clinician);

  // The Consult Now text message, opened with the language a Swedish patient's link carries.
  await patient.goto(`${clinicall.url}/outbox`);
  const href = await patient
    .getByTestId('outbox-message')
    .filter({ hasText: '+447700900123' })
    .first()
    .getByRole('link')
    .first()
    .getAttribute('href');
  const link = new URL(href!, clinicall.url);
  link.searchParams.set('lng', 'sv');
  await patient.goto(link.toString());

  // Date of birth: Swedish words, in Swedish order (year, month, day).
  await patient.getByRole('heading', { name: 'Bekräfta ditt födelsedatum' }).waitFor();
  expect(await patient.locator('.date-field__part label').allTextContents()).toEqual(['År', 'Månad', 'Dag']);
  await expectSwedishAndAccessible(patient);
  // A wrong date: the refusal in Swedish, with the attempts left (not the server's English).
  await patient.getByLabel('År').fill('1981');
  await patient.getByLabel('Månad').fill('4');
  await patient.getByLabel('Dag').fill('12');
  await patient.getByRole('button', { name: 'Fortsätt' }).click();
  await patient.getByRole('alert').getByText(/^Uppgifterna stämmer inte med det vi har registrerat\..* Du har \d+ försök kvar\.$/).waitFor();
  await patient.getByLabel('År').fill('1980');
  await patient.getByRole('button', { name: 'Fortsätt' }).click();

  // The device check, its results in.
  await patient.getByRole('heading', { name: 'Testa kamera och ljud' }).waitFor();
  await patient.getByText('Kameran fungerar.').waitFor();
  await patient.getByText(/^Din anslutning är (bra|långsam)/).waitFor({ timeout: 15_000 });
  await expectSwedishAndAccessible(patient);
  await patient.getByRole('button', { name: 'Fortsätt till väntrummet' }).click();

  // The waiting room.
  await patient.getByRole('heading', { name: 'Du är i väntrummet' }).waitFor();
  await patient.getByText('Du väntar på Dr Sam Carter, som vet att du är här.').waitFor();
  await expectSwedishAndAccessible(patient);

  // Let in: the call's controls and the people list speak Swedish, with the language switch there.
  await admitFromDashboard(clinician, card);
  await patient.getByTestId('remote-video').first().waitFor({ state: 'attached', timeout: 20_000 });
  const controls = patient.getByRole('toolbar', { name: 'Samtalsknappar' });
  for (const name of ['Stäng av mikrofonen', 'Stäng av kameran', 'Deltagare', 'Lämna samtalet']) {
    await controls.getByRole('button', { name }).waitFor({ state: 'attached' });
  }
  await expectSwedishAndAccessible(patient);
  // On a phone the controls hide after a while; focus brings them back.
  const peopleButton = controls.getByRole('button', { name: 'Deltagare' });
  await peopleButton.focus();
  await peopleButton.click();
  const people = patient.getByTestId('people-panel');
  await people.getByText('Alex Example (du)').waitFor();
  await people.getByRole('combobox', { name: 'Språk' }).waitFor();
  await expectSwedishAndAccessible(patient);

  // The clinician ends it; the patient is asked about technical problems, in Swedish.
  await clinician.getByRole('button', { name: 'End call' }).click();
  await clinician.getByLabel('Consultation completed').check();
  await clinician.getByRole('group', { name: 'Did you have technical problems?' }).getByLabel('No', { exact: true }).check();
  await clinician.getByRole('button', { name: 'End consultation' }).click();

  await patient.getByRole('heading', { name: 'Besöket har avslutats' }).waitFor();
  const question = patient.getByRole('group', { name: 'Hade du tekniska problem?' });
  await question.getByRole('button', { name: 'Ja', exact: true }).waitFor();
  await expectSwedishAndAccessible(patient);
  await question.getByRole('button', { name: 'Nej', exact: true }).click();
  await patient.getByText('Tack! Nu kan du stänga sidan.').waitFor();

  // The switch on the page turns it into English at once.
  await patient.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await patient.getByText('Thank you. You can now close this page.').waitFor();
  expect(await patient.evaluate(() => document.documentElement.lang)).toBe('en');
});
