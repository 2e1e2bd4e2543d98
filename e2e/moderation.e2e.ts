import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { startCall } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { counterPolling, inbound, instrument, movement } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let browsers: BrowserContext[];
let clinician: Page;
let patient: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  const [forClinician, forPatient] = await Promise.all([openBrowser(), openBrowser()]);
  browsers = [forClinician, forPatient];
  await Promise.all(browsers.map((browser) => instrument(browser)));
  [clinician, patient] = await Promise.all([forClinician.newPage(), forPatient.newPage()]);
  await startCall(clinician, patient, clinicall.url);
  await clinician.getByRole('button', { name: 'People' }).click();
});

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()));
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const control = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name, exact: true });
const people = () => clinician.getByTestId('people-panel');
const alexTile = () => clinician.getByTestId('remote-tile').filter({ hasText: 'Alex Example' });
const soundFromAlex = async () => (await inbound(clinician))[0]?.audioBytes ?? 0;

test('the host mutes the patient: their microphone goes off on their own page, and no sound reaches the call', async () => {
  await people().getByRole('button', { name: 'Mute Alex Example' }).click();
  await expect.poll(() => control(patient, 'Unmute').getAttribute('aria-pressed')).toBe('true');
  await alexTile().getByText('Microphone off').waitFor();
  await expect.poll(movement(soundFromAlex), { ...counterPolling, timeout: 10_000 }).toBe(false);
  // Once done, the host's button is done too: muting is one-way, the person unmutes themselves.
  expect(await people().getByRole('button', { name: 'Mute Alex Example' }).isDisabled()).toBe(true);
});

test('the host stops the patient’s video: their camera goes off, and the tile says so', async () => {
  await people().getByRole('button', { name: 'Stop video for Alex Example' }).click();
  await expect.poll(() => control(patient, 'Start camera').getAttribute('aria-pressed')).toBe('true');
  await alexTile().getByText('Camera off').waitFor();
});

test('back to the waiting room: the patient waits again and leaves the call; admitted again, they are back', async () => {
  await people().getByRole('button', { name: 'Back to waiting room: Alex Example' }).click();
  await patient.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
  await alexTile().waitFor({ state: 'detached' });
  await people()
    .getByRole('button', { name: /^Admit/ })
    .click();
  await alexTile().waitFor();
  // Whatever was stopped, they turn back on themselves, once their call has started again (its
  // controls show the state of the new call's media from then on).
  await patient.getByTestId('remote-video').first().waitFor();
  for (const [start, stop] of [['Start camera', 'Stop camera'], ['Unmute', 'Mute']] as const) {
    const toggle = patient
      .getByRole('toolbar', { name: 'Call controls' })
      .getByRole('button', { name: new RegExp(`^(${start}|${stop})$`) });
    await expect
      .poll(
        async () => {
          if ((await toggle.getAttribute('aria-pressed')) === 'true') {
            await toggle.click();
            await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
          }
          return control(patient, stop).getAttribute('aria-pressed');
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe('false');
  }
  await expectLiveRemoteMedia(alexTile().getByTestId('remote-video'), expect);
});
