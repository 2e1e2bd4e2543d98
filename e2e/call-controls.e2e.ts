import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { startCall } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { counterPolling, inbound, instrument, movement, sentVideo } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;
let clinician: Page;
let patient: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  // The clinician on a desktop, the patient on a phone (touch screen).
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

const control = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name, exact: true });
/** A toggle has become `name` (what it does now), pressed or not. */
const toggledTo = async (page: Page, name: string, pressed: boolean) =>
  expect.poll(() => control(page, name).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe(String(pressed));
/** The clinician's tile as the patient sees it. */
const clinicianTile = () => patient.getByTestId('remote-tile').first();
const received = async () => (await inbound(patient))[0]!;


test('in the call, each side sees and hears the other, with name and role on the tile', async () => {
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  await clinicianTile().getByText('Dr Sam Carter').waitFor();
  await clinicianTile().getByText('Clinician').waitFor();
  await clinician.getByTestId('remote-tile').getByText('Alex Example').waitFor();
  await clinician.getByTestId('remote-tile').getByText('Patient').waitFor();
});

test('mute: the button becomes "Unmute", the other side stops receiving sound and sees "Microphone off"; unmute brings both back', async () => {
  await toggledTo(clinician, 'Mute', false);
  await control(clinician, 'Mute').click();
  await toggledTo(clinician, 'Unmute', true);
  expect(await control(clinician, 'Mute').count()).toBe(0);
  await clinicianTile().getByText('Microphone off').waitFor();
  await expect.poll(movement(async () => (await received()).audioBytes), { ...counterPolling, timeout: 10_000 }).toBe(false);

  await control(clinician, 'Unmute').click();
  await toggledTo(clinician, 'Mute', false);
  await clinicianTile().getByText('Microphone off').waitFor({ state: 'detached' });
  await expect.poll(movement(async () => (await received()).audioBytes), { ...counterPolling, timeout: 10_000 }).toBe(true);
});

test('stop camera: the button becomes "Start camera", the camera is released, no more frames arrive, the tile says "Camera off"; on again', async () => {
  await toggledTo(clinician, 'Stop camera', false);
  await control(clinician, 'Stop camera').click();
  await toggledTo(clinician, 'Start camera', true);
  await clinicianTile().getByText('Camera off').waitFor();
  expect(await sentVideo(clinician)).toEqual([]);
  await expect.poll(movement(async () => (await received()).videoFrames), { ...counterPolling, timeout: 10_000 }).toBe(false);

  await control(clinician, 'Start camera').click();
  await toggledTo(clinician, 'Stop camera', false);
  await clinicianTile().getByText('Camera off').waitFor({ state: 'detached' });
  await expect.poll(movement(async () => (await received()).videoFrames), { ...counterPolling, timeout: 10_000 }).toBe(true);
});

test('switch camera: the next camera is sent each time, and the picture goes on', async () => {
  const label = async () => (await sentVideo(clinician))[0]?.label;
  expect(await label()).toBe('fake_device_0');
  // Chromium's second fake camera is a depth camera (no picture over WebRTC); the third is a colour one.
  await control(clinician, 'Switch camera').click();
  await expect.poll(label, { timeout: 10_000 }).toBe('fake_device_1');
  await control(clinician, 'Switch camera').click();
  await expect.poll(label, { timeout: 10_000 }).toBe('fake_device_2');
  await expect.poll(movement(async () => (await received()).videoFrames), { ...counterPolling, timeout: 10_000 }).toBe(true);
});

test('a shared screen goes beside the camera: the camera goes on, the other side gets a tile of the screen; "Stop sharing" (or the browser bar) ends it', async () => {
  const camera = (await sentVideo(clinician))[0]!.label;
  const surfaces = async () => (await sentVideo(clinician)).map((sent) => sent.displaySurface ?? sent.label).sort();
  const shareTile = patient.getByTestId('share-tile');
  const shareFrames = () => patient.getByTestId('share-video').evaluate((v) => (v as HTMLVideoElement).getVideoPlaybackQuality().totalVideoFrames);

  await toggledTo(clinician, 'Share screen', false);
  await control(clinician, 'Share screen').click();
  await toggledTo(clinician, 'Stop sharing', true);
  await expect.poll(surfaces, { timeout: 10_000 }).toEqual([camera, 'monitor'].sort());
  // The receiving side shows the screen in a tile of its own, moving, and the camera tile stays.
  await shareTile.waitFor({ timeout: 15_000 });
  await expect.poll(movement(shareFrames), { ...counterPolling, timeout: 15_000 }).toBe(true);
  await clinicianTile().getByText('Sharing their screen').waitFor();
  await expect.poll(movement(async () => (await received()).videoFrames), { ...counterPolling, timeout: 10_000 }).toBe(true);

  await control(clinician, 'Stop sharing').click();
  await toggledTo(clinician, 'Share screen', false);
  await expect.poll(surfaces, { timeout: 10_000 }).toEqual([camera]);
  await shareTile.waitFor({ state: 'detached', timeout: 15_000 });
  await clinicianTile().getByText('Sharing their screen').waitFor({ state: 'detached' });

  // Again, stopped this time from the browser's own "Stop sharing" (the track ends).
  await control(clinician, 'Share screen').click();
  await toggledTo(clinician, 'Stop sharing', true);
  await shareTile.waitFor({ timeout: 15_000 });
  await clinician.evaluate(() => {
    // The live connection's sender of the screen: a connection replaced during the call may linger, closed.
    const sender = window.__clinicallProbe!.connections
      .filter((c) => c.connectionState !== 'closed')
      .flatMap((c) => c.getSenders())
      .find((s) => s.track?.getSettings().displaySurface === 'monitor');
    sender!.track!.stop();
    sender!.track!.dispatchEvent(new Event('ended'));
  });
  await expect.poll(surfaces, { timeout: 10_000 }).toEqual([camera]);
  await shareTile.waitFor({ state: 'detached', timeout: 15_000 });
  await toggledTo(clinician, 'Share screen', false);
});

test('a phone cannot share its screen, so it is not offered there', async () => {
  await toggledTo(patient, 'Mute', false);
  expect(await control(patient, 'Share screen').count()).toBe(0);
  expect(await control(clinician, 'Share screen').count()).toBe(1);
});

test('on a touch screen the controls hide after a few seconds, and come back on a tap or keyboard focus', async () => {
  const controls = patient.getByTestId('call-controls');
  await expect.poll(() => controls.getAttribute('data-hidden'), { timeout: 10_000 }).toBe('true');
  await patient.locator('.call__remote').tap();
  expect(await controls.getAttribute('data-hidden')).toBe('false');
  await expect.poll(() => controls.getAttribute('data-hidden'), { timeout: 10_000 }).toBe('true');
  // Keyboard: focus moves into the controls, and they show while focus stays there.
  await control(patient, 'Mute').focus();
  await expect.poll(() => controls.getAttribute('data-hidden')).toBe('false');
  await new Promise((resolve) => setTimeout(resolve, 5000));
  expect(await controls.getAttribute('data-hidden')).toBe('false');
  // On the clinician's desktop they never hide.
  expect(await clinician.getByTestId('call-controls').getAttribute('data-hidden')).toBe('false');
});

test('leaving is asked first: staying keeps the call; leaving can be undone while the consultation is open', async () => {
  await control(patient, 'Leave call').click();
  const question = patient.getByRole('dialog', { name: 'Leave the call?' });
  await question.getByRole('button', { name: 'Stay in the call' }).click();
  await question.waitFor({ state: 'detached' });
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);

  await control(patient, 'Leave call').click();
  await question.getByRole('button', { name: 'Leave', exact: true }).click();
  await patient.getByRole('heading', { name: 'You left the call' }).waitFor();
  // The server heard it: the clinician is told they left, not that nobody has joined.
  await clinician.getByText('Alex Example left the call.').waitFor();
  await patient.getByRole('button', { name: 'Rejoin the call' }).click();
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
});
