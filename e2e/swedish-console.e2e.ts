import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { signIn } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';

/** Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses inline scripts. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let clinicall: RunningClinicall;
let browser: BrowserContext;

// Ten minutes, not the default five: the dialog must tell the lifetime the server really gives.
beforeAll(async () => {
  clinicall = await startClinicall({ CLINICALL_LINK_TTL_SECONDS: '600' });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
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
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    const answer = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return { violations: answer.violations, passed: answer.passes.length };
  });
  // axe really looked (a page with nothing checked would pass vacuously).
  expect(results.passed).toBeGreaterThan(10);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
};

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

test('a clinician switches the console to Swedish: the dashboard, Consult Now and the outbox speak it, and the choice stays', async () => {
  const page = await browser.newPage();
  await signIn(page, clinicall.url);
  expect(await pageLanguage(page)).toBe('en');
  await page.getByRole('heading', { name: 'Your consultations' }).waitFor();

  // The switch in the staff header.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await page.getByRole('heading', { name: 'Dina videobesök' }).waitFor();
  expect(await pageLanguage(page)).toBe('sv');
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
  await page.getByRole('combobox', { name: 'Språk' }).waitFor();
  await page.getByText('Inga pågående besök.', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  // Consult Now for someone not on record: the dialog in Swedish, with the link's real lifetime.
  await page.getByRole('button', { name: 'Skicka en länk till någon som inte finns i registret' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skicka en länk till någon som inte finns i registret' });
  await dialog.getByText('Länken fungerar i 10 minuter.', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel('Personens namn (frivilligt)').fill('Sam Svensson');
  await dialog.getByRole('button', { name: 'Skicka länk' }).click();
  // Nothing on record: the number is asked for, in Swedish, before anything is sent.
  await dialog.getByText('Ange mobilnumret som länken ska skickas till.').waitFor();
  await dialog.getByLabel('Mobilnummer').fill('+46 70 123 45 67');
  await dialog.getByRole('button', { name: 'Skicka länk' }).click();
  const sent = page.getByRole('dialog', { name: 'Länken är skickad' });
  await sent.getByText('Länken skickades via sms till', { exact: false }).waitFor();
  await sent.getByRole('button', { name: 'Klar' }).click();

  // The dashboard's card, in Swedish.
  const card = page.getByTestId('open-consultation').filter({ hasText: 'Sam Svensson' });
  await card.getByText(/^Videobesök nu · startade/).waitFor();
  await card.getByTestId('link').getByText('Länk via sms till', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  // The link reached the outbox (the local runtime's stand-in for the SMS gateway).
  await page.getByRole('link', { name: 'Utkorg' }).click();
  await page.getByRole('heading', { name: 'Utkorg' }).waitFor();
  const message = page.getByTestId('outbox-message').filter({ hasText: '+46701234567' }).first();
  await message.getByRole('link').first().waitFor();
  expect(await message.getByRole('link').first().getAttribute('href')).toMatch(/\/join#/);

  // The choice is remembered on this device.
  await page.reload();
  await page.getByRole('heading', { name: 'Utkorg' }).waitFor();
  expect(await pageLanguage(page)).toBe('sv');
  await page.getByRole('link', { name: 'Videobesök', exact: true }).click();
  await page.getByRole('heading', { name: 'Dina videobesök' }).waitFor();
});
