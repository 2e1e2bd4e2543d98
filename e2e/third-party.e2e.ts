import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { openLinkSentTo, startCall } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';

let clinicall: RunningClinicall;
let browsers: BrowserContext[];
let clinician: Page;
let patient: Page;
let interpreter: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  const opened = await Promise.all([openBrowser(), openBrowser({ phone: true }), openBrowser()]);
  browsers = opened;
  [clinician, patient, interpreter] = await Promise.all([opened[0].newPage(), opened[1].newPage(), opened[2].newPage()]);
  await startCall(clinician, patient, clinicall.url);
});

afterAll(async () => {
  await Promise.all((browsers ?? []).map((browser) => browser.close()));
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

interface Invitation {
  readonly role: 'Interpreter' | 'Support person' | 'Colleague';
  readonly to: string;
  readonly name?: string;
  readonly admitOnArrival?: boolean;
}

/** The clinician invites from the call's people panel; answers what the dialog said. */
const invite = async ({ role, to, name, admitOnArrival = false }: Invitation) => {
  const panel = clinician.getByTestId('people-panel');
  if (!(await panel.isVisible())) await clinician.getByRole('button', { name: 'People' }).click();
  await panel.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = clinician.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel(role, { exact: true }).check();
  await dialog.getByLabel('Mobile number or email').fill(to);
  if (name) await dialog.getByLabel('Their name (optional)').fill(name);
  if (admitOnArrival) await dialog.getByLabel('Admit when they arrive').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
};

test('an interpreter invited mid-call by a +46 number joins after the device check, and all three see each other', async () => {
  await invite({ role: 'Interpreter', to: '+46 70 123 45 67' });
  await clinician.getByText(/Invitation sent to \+46/).waitFor();
  // The people list has them, invited, with their role.
  await clinician.getByTestId('person').filter({ hasText: 'Interpreter' }).getByText('Invited').waitFor();

  // Their own single-use link, by SMS to the normalised number; they give their name.
  await openLinkSentTo(interpreter, clinicall.url, '+46701234567');
  // No name was typed for them: nothing is filled in (not "Interpreter").
  expect(await interpreter.getByLabel('Your name').inputValue()).toBe('');
  await interpreter.getByLabel('Your name').fill('Ingrid Lind');
  await interpreter.getByRole('button', { name: 'Continue' }).click();

  // The device check: camera, microphone level, the test sound (not heard), the connection.
  await interpreter.getByRole('heading', { name: 'Check your camera and sound' }).waitFor();
  await interpreter.getByText('Your camera works.').waitFor();
  await expect.poll(async () => Number(await interpreter.getByTestId('microphone-meter').getAttribute('data-loudest')), { timeout: 10_000 }).toBeGreaterThan(0.01);
  await interpreter.getByRole('button', { name: 'Play a test sound' }).click();
  await interpreter.getByRole('group', { name: 'Did you hear it?' }).getByRole('button', { name: 'No' }).click();
  await interpreter.getByText('Your connection is good.').waitFor({ timeout: 15_000 });
  await interpreter.getByRole('button', { name: 'Continue to the waiting room' }).click();
  await interpreter.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
  // The word that an invitation went out goes once the person has arrived.
  await clinician.getByText(/Invitation sent to \+46/).waitFor({ state: 'detached', timeout: 10_000 });

  // The host sees them waiting in the call, with what the device check found, and admits them.
  const banner = clinician.getByTestId('waiting-banner').filter({ hasText: 'Ingrid Lind' });
  await banner.getByText('Could not hear the test sound').waitFor({ timeout: 10_000 });
  await banner.getByRole('button', { name: 'Admit Ingrid Lind' }).click();

  // Everyone receives everyone else's picture and sound.
  for (const page of [clinician, patient, interpreter]) {
    await expect.poll(() => page.getByTestId('remote-video').count(), { timeout: 20_000 }).toBe(2);
    for (const video of await page.getByTestId('remote-video').all()) await expectLiveRemoteMedia(video, expect);
  }
  // Each tile names the person and their role, on every side.
  await patient.getByTestId('remote-tile').filter({ hasText: 'Ingrid Lind' }).getByText('Interpreter').waitFor();
  await interpreter.getByTestId('remote-tile').filter({ hasText: 'Alex Example' }).getByText('Patient').waitFor();
  await interpreter.getByTestId('remote-tile').filter({ hasText: 'Dr Sam Carter' }).getByText('Clinician').waitFor();
  await clinician.getByTestId('person').filter({ hasText: 'Ingrid Lind' }).getByText('In the call').waitFor();
});

test('the call holds the clinician, the patient and three others: the fourth extra invitation is refused, saying why', async () => {
  await invite({ role: 'Support person', to: 'sam.support@example.org', name: 'Sam Support', admitOnArrival: true });
  await clinician.getByText(/Invitation sent to s•••@example\.org/).waitFor();
  await invite({ role: 'Colleague', to: '+46 70 765 43 21', name: 'Dr Kim Berg' });
  await clinician.getByText(/Invitation sent to \+46/).last().waitFor();

  await invite({ role: 'Colleague', to: '+46 70 111 22 33' });
  const dialog = clinician.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByRole('alert').getByText(/at most the clinician, the patient and 3 other people/).waitFor();
  // Nothing was sent for the refused invitation.
  const outbox = (await (await fetch(`${clinicall.url}/api/local/outbox`)).json()) as { messages?: { to: string }[] } | { to: string }[];
  const messages = Array.isArray(outbox) ? outbox : (outbox.messages ?? []);
  expect(messages.some((message) => message.to.includes('111'))).toBe(false);
});
