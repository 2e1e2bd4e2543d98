import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { admitFromDashboard, consultNow, openLinkSentTo, signIn, skipDeviceCheck } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

/** Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses inline scripts. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules). */
const seriousViolations = async (page: Page): Promise<string[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return { violations: results.violations, passed: results.passes.length };
  });
  // axe really looked (a page with nothing checked would pass vacuously).
  expect(violations.passed).toBeGreaterThan(10);
  return violations.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
};

/** Tabs through the page: every element focus reaches, with its accessible name. */
const tabStops = async (page: Page, presses: number): Promise<{ role: string; name: string }[]> => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: { role: string; name: string }[] = [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const labelled = element.getAttribute('aria-labelledby');
        const name =
          element.getAttribute('aria-label') ??
          (labelled ? document.getElementById(labelled)?.textContent : undefined) ??
          ((element as HTMLInputElement).labels?.[0]?.textContent || element.textContent || '');
        return { role: element.getAttribute('role') ?? element.tagName.toLowerCase(), name: name.trim() };
      }),
    );
  }
  return stops;
};

test('join, device check, waiting room and call pages: no serious or critical axe findings; every control labelled and reachable', async () => {
  await signIn(clinician, clinicall.url);
  const card = await consultNow(clinician);
  await openLinkSentTo(patient, clinicall.url, '+447700900123');

  // The join page (date of birth).
  await patient.getByLabel('Day').waitFor();
  expect(await seriousViolations(patient)).toEqual([]);
  await patient.getByLabel('Day').fill('12');
  await patient.getByLabel('Month').fill('4');
  await patient.getByLabel('Year').fill('1980');
  await patient.getByRole('button', { name: 'Continue' }).click();

  // The device check, with its results in.
  await patient.getByText('Your camera works.').waitFor();
  await patient.getByText(/Your connection is (good|slow)/).waitFor({ timeout: 15_000 });
  expect(await seriousViolations(patient)).toEqual([]);
  // The language switch in the header comes first.
  const checkStops = await tabStops(patient, 4);
  expect(checkStops.map((stop) => stop.name)).toEqual([
    expect.stringMatching(/^Language/),
    'Play a test sound',
    'Continue to the waiting room',
    expect.any(String),
  ]);
  await skipDeviceCheck(patient);

  // The waiting room.
  expect(await seriousViolations(patient)).toEqual([]);

  // The call, on both sides, with the people list open and the invitation dialog.
  await admitFromDashboard(clinician, card);
  await patient.getByTestId('remote-video').first().waitFor({ state: 'attached' });
  await clinician.getByTestId('remote-tile').filter({ hasText: 'Alex Example' }).waitFor();
  expect(await seriousViolations(patient)).toEqual([]);
  await clinician.getByRole('button', { name: 'People' }).click();
  expect(await seriousViolations(clinician)).toEqual([]);
  await clinician.getByRole('button', { name: 'Invite someone' }).click();
  expect(await seriousViolations(clinician)).toEqual([]);
  await clinician.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // Keyboard: every call control is reached with Tab and has a name; the toggles say their state.
  const stops = await tabStops(clinician, 20);
  for (const name of ['Mute', 'Stop camera', 'Switch camera', 'Share screen', 'People', 'End call', 'Invite someone']) {
    expect(stops.map((stop) => stop.name)).toContain(name);
  }
  expect(stops.every((stop) => stop.name.length > 0)).toBe(true);
  const toggles = clinician.getByRole('toolbar', { name: 'Call controls' }).locator('[aria-pressed]');
  expect(await toggles.count()).toBe(3);
  // On the phone, too, though the controls hide: focus brings them back.
  const phoneStops = await tabStops(patient, 8);
  for (const name of ['Mute', 'Stop camera', 'People', 'Leave call']) expect(phoneStops.map((stop) => stop.name)).toContain(name);
  // A phone cannot share its screen: the button is not offered.
  expect(phoneStops.map((stop) => stop.name)).not.toContain('Share screen');
  expect(await patient.getByTestId('call-controls').getAttribute('data-hidden')).toBe('false');
});

test('on a phone the staff header is one row: the pages in sight, the account behind Menu', async () => {
  const phone = await patientBrowser.newPage();
  try {
    await signIn(phone, clinicall.url);
    const header = phone.getByRole('banner');
    const box = await header.boundingBox();
    const brand = await phone.getByRole('link', { name: 'Clinicall' }).boundingBox();
    // One row: no taller than its tallest item and some padding (it wrapped to two before).
    expect(box!.height).toBeLessThan(brand!.height + 40);
    for (const page of ['Consultations', 'Outbox']) expect(await phone.getByRole('link', { name: page }).isVisible()).toBe(true);
    const signOut = phone.getByRole('button', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(false);
    const menu = phone.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await signOut.waitFor();
    expect(await phone.getByLabel('Language').isVisible()).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.keyboard.press('Escape');
    expect(await signOut.isVisible()).toBe(false);
  } finally {
    await phone.close();
  }
});

test("a patient's data exported from their details, and the administrator's audit trail showing it: ids only, no serious axe findings", async () => {
  const staff = await clinicianBrowser.newPage();
  try {
    await signIn(staff, clinicall.url);
    await staff.getByRole('button', { name: 'Edit Alex Example' }).click();
    const dialog = staff.getByRole('dialog');
    expect(await seriousViolations(staff)).toEqual([]);
    const [download] = await Promise.all([staff.waitForEvent('download'), dialog.getByRole('button', { name: 'Export data' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path()), 'utf8')) as { patient: { givenName: string; id: string } };
    expect(exported.patient.givenName).toBe('Alex');
    await staff.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await staff.getByRole('button', { name: 'Sign out' }).click();
    await staff.goto(`${clinicall.url}/sign-in`);
    await staff.getByLabel('Email').fill('admin@example.org');
    await staff.getByLabel('Password').fill('clinicall');
    await staff.getByRole('button', { name: 'Sign in' }).click();
    const trail = staff.getByRole('region', { name: 'Audit trail' });
    const exportRow = trail.getByRole('row').filter({ hasText: 'Patient data exported' }).first();
    await exportRow.waitFor();
    expect(await exportRow.textContent()).toContain(exported.patient.id);
    await trail.getByRole('row').filter({ hasText: 'Staff sign-in' }).first().waitFor();
    // Ids, never the patient's name or date of birth.
    expect(await trail.textContent()).not.toMatch(/Alex|Example|1980/);
    expect(await seriousViolations(staff)).toEqual([]);
  } finally {
    await staff.close();
  }
});
