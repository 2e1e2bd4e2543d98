import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { consultNow, openLinkSentTo, signIn, skipDeviceCheck, verifyAlex } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { inbound, instrument } from './support/rtc-probe.ts';

let clinicall: RunningClinicall;
let clinicianBrowser: BrowserContext;
let patientBrowser: BrowserContext;
let clinician: Page;
let patient: Page;

beforeAll(async () => {
  clinicall = await startClinicall();
  [clinicianBrowser, patientBrowser] = await Promise.all([openBrowser(), openBrowser({ phone: true })]);
  await Promise.all([instrument(clinicianBrowser), instrument(patientBrowser)]);
  [clinician, patient] = await Promise.all([clinicianBrowser.newPage(), patientBrowser.newPage()]);
});

afterAll(async () => {
  await Promise.all([clinicianBrowser?.close(), patientBrowser?.close()]);
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const peerConnections = (page: Page) => page.evaluate(() => window.__clinicallProbe!.connections.length);

test('a waiting patient who says hello on the events socket gets no call: no peer connection, no media, until admitted', async () => {
  await signIn(clinician, clinicall.url);
  await consultNow(clinician);
  await openLinkSentTo(patient, clinicall.url, '+447700900123');
  await verifyAlex(patient);
  await skipDeviceCheck(patient);
  const { consultationId, session } = await patient.evaluate(
    () => JSON.parse(sessionStorage.getItem('clinicall.participant')!) as { consultationId: string; session: string },
  );

  // The clinician is in the call, camera on, with the patient still in the waiting room.
  await clinician.goto(`${clinicall.url}/call/${consultationId}`);
  const banner = clinician.getByTestId('waiting-banner').filter({ hasText: 'Alex Example' });
  await banner.waitFor();
  await clinician.getByTestId('self-video').waitFor();

  // From the waiting room, the patient's browser does what a tampered page would: says hello to
  // everyone on a socket of its own, then reports a device check the clinician will see.
  await patient.evaluate(
    async ({ session }) => {
      const auth = { authorization: `Bearer ${session}`, 'content-type': 'application/json' };
      const { ticket } = (await (await fetch('/api/events/ticket', { method: 'POST', headers: auth, body: '{}' })).json()) as { ticket: string };
      // As the page opens it: the ticket offered beside the events protocol.
      const socket = new WebSocket(`${location.origin.replace('http', 'ws')}/api/events`, ['clinicall.events', `ticket.${ticket}`]);
      await new Promise((resolve) => socket.addEventListener('open', resolve));
      socket.send(JSON.stringify({ action: 'signal', to: '*', data: { kind: 'hello' } }));
      const check = { camera: 'ok', microphone: 'ok', speaker: 'not-heard', connection: 'good' };
      await fetch('/api/session/device-check', { method: 'POST', headers: auth, body: JSON.stringify(check) });
    },
    { session },
  );
  // The clinician has heard what followed the hello, so the hello would have arrived by now.
  await banner.getByText('Could not hear the test sound').waitFor({ timeout: 10_000 });
  expect(await peerConnections(clinician)).toBe(0);
  expect(await peerConnections(patient)).toBe(0);
  expect(await inbound(patient)).toEqual([]);

  // Admitted, the same two browsers connect and the picture and sound flow both ways.
  await banner.getByRole('button', { name: /^Admit/ }).click();
  await patient.getByTestId('remote-video').first().waitFor({ timeout: 20_000 });
  await expectLiveRemoteMedia(patient.getByTestId('remote-video').first(), expect);
  await expectLiveRemoteMedia(clinician.getByTestId('remote-video').first(), expect);
  expect(await peerConnections(clinician)).toBeGreaterThan(0);
});
