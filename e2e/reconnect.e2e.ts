import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { openLinkSentTo, skipDeviceCheck, startCall, verifyAlex } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { cutConnections, inbound, instrument, sentVideo } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;
let clinician: Page;
let patient: Page;
const admits: string[] = [];

beforeAll(async () => {
  clinicall = await startClinicall();
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser({ phone: true })]);
  await Promise.all([instrument(clinicianBrowser), instrument(patientBrowser)]);
  [clinician, patient] = await Promise.all([clinicianBrowser.newPage(), patientBrowser.newPage()]);
  // Every admission the clinician's browser asks for, to prove the rejoin needed none.
  clinician.on('request', (request) => request.url().endsWith('/admit') && admits.push(request.url()));
  await startCall(clinician, patient, clinicall.url);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const patientTile = () => clinician.getByTestId('remote-tile').first();

test('network loss: the others see "Reconnecting…"; back online, the patient rejoins as the same participant without being admitted again', async () => {
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  const participantId = await patientTile().getAttribute('data-peer-id');
  expect(admits).toHaveLength(1);

  // The patient's phone loses its network: no requests get out, and its socket and call drop.
  await patientBrowser.setOffline(true);
  await cutConnections(patient);
  await patient.getByTestId('own-connection').getByText('Your connection dropped. Reconnecting…').waitFor();
  await patientTile().getByTestId('tile-status').getByText('Reconnecting…').waitFor({ timeout: 15_000 });
  // Still in the call on their side, not sent back to the waiting room.
  expect(await patient.getByRole('main', { name: 'Video call' }).isVisible()).toBe(true);

  await patientBrowser.setOffline(false);
  await patient.getByTestId('own-connection').waitFor({ state: 'detached', timeout: 20_000 });
  await expect.poll(() => patientTile().getAttribute('data-connection'), { timeout: 20_000 }).toBe('connected');
  expect(await patientTile().getAttribute('data-peer-id')).toBe(participantId);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  // Nobody admitted anyone again, and the server still has them in the call.
  expect(admits).toHaveLength(1);
  await clinician.getByRole('button', { name: 'People' }).click();
  await clinician.getByTestId('person').filter({ hasText: 'Alex Example' }).getByText('In the call').waitFor();
});

test('a phone back from the background brings its camera back when the camera was lost meanwhile', async () => {
  const before = (await sentVideo(patient))[0]!.label;
  // The system took the camera while the browser was in the background; the page becomes visible.
  await patient.evaluate(() => {
    const sender = window.__clinicallProbe!.connections
      .filter((connection) => connection.connectionState !== 'closed')
      .flatMap((connection) => connection.getSenders())
      .find((s) => s.track?.kind === 'video');
    sender!.track!.stop();
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect
    .poll(() => patient.evaluate(() => {
      const senders = window.__clinicallProbe!.connections.filter((c) => c.connectionState !== 'closed').flatMap((c) => c.getSenders());
      return senders.find((s) => s.track?.kind === 'video')?.track?.readyState;
    }), { timeout: 10_000 })
    .toBe('live');
  expect((await sentVideo(patient))[0]!.label).toBe(before);
  const frames = async () => (await inbound(clinician))[0]!.videoFrames;
  const start = await frames();
  await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(start + 10);
});

test('closing the page tells the clinician they left (a keepalive request: a beacon cannot carry the session)', async () => {
  const person = clinician.getByTestId('person').filter({ hasText: 'Alex Example' });
  if (!(await person.isVisible())) await clinician.getByRole('button', { name: 'People' }).click();
  await patient.close({ runBeforeUnload: true });
  await person.getByText('Left').waitFor({ timeout: 10_000 });
  await clinician.getByTestId('remote-tile').waitFor({ state: 'detached', timeout: 10_000 });
  // Alone now, the clinician is told who went rather than that nobody came.
  await clinician.getByText('Alex Example left the call.').waitFor();
});

test('after the closed page, the same link opened again on the same phone is straight back in the call; on any other device it is used', async () => {
  patient = await patientBrowser.newPage();
  await openLinkSentTo(patient, clinicall.url, '+447700900123');
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  await patientTile().filter({ hasText: 'Alex Example' }).waitFor();
  await clinician.getByTestId('person').filter({ hasText: 'Alex Example' }).getByText('In the call').waitFor();
  // Back without anyone admitting them again.
  expect(admits).toHaveLength(1);

  const elsewhere = await openBrowser();
  try {
    const other = await elsewhere.newPage();
    await openLinkSentTo(other, clinicall.url, '+447700900123');
    await other.getByRole('heading', { name: 'This link has already been used' }).waitFor();
  } finally {
    await elsewhere.close();
  }
});

test('"Send a new link" brings back someone who left; the session their phone had stops working', async () => {
  await patient.close({ runBeforeUnload: true });
  await clinician.getByTestId('person').filter({ hasText: 'Alex Example' }).getByText('Left').waitFor({ timeout: 10_000 });
  await clinician.goto(`${clinicall.url}/`);
  const card = clinician.getByTestId('open-consultation').filter({ hasText: 'Alex Example' });
  await card.getByRole('button', { name: 'Send a new link' }).click();
  await card.getByTestId('link').and(clinician.locator('[data-status="issued"]')).waitFor();

  // The newest message has the new link: date of birth, device check, and the waiting room, to be admitted again.
  patient = await patientBrowser.newPage();
  await openLinkSentTo(patient, clinicall.url, '+447700900123');
  await verifyAlex(patient);
  await skipDeviceCheck(patient);
  await card.getByTestId('participant').and(clinician.locator('[data-state="waiting"]')).waitFor({ timeout: 10_000 });

  // The earlier link, opened again on the same phone, no longer brings back the session it gave.
  const earlier = await patientBrowser.newPage();
  await earlier.goto(`${clinicall.url}/outbox`);
  await earlier.getByTestId('outbox-message').filter({ hasText: '+447700900123' }).nth(1).getByRole('link').first().click();
  await earlier.getByRole('heading', { name: 'Your visit has finished' }).waitFor();
});
