import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from '../e2e/support/browser.ts';
import { removeDataDir, startClinicall } from '../e2e/support/local-runtime.ts';
import { ms, percentile, ratio, table } from './stats.ts';
import { waitForPath } from '../e2e/support/navigation.ts';

const rounds = 9;

const firstRemoteFrame = (page: Page) =>
  page.waitForFunction(
    () => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]');
      return !!video && video.getVideoPlaybackQuality().totalVideoFrames > 0;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );

/**
 * The baseline: two pages of the same two browsers set up a bare RTCPeerConnection call
 * (camera + microphone, offer/answer relayed by the bench) until each shows a remote frame.
 */
const bareCall = async (a: Page, b: Page): Promise<number> => {
  const setup = () =>
    (window as unknown as { bench: unknown }).bench = (async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
      const pc = new RTCPeerConnection();
      for (const track of stream.getTracks()) pc.addTrack(track, stream);
      const video = document.createElement('video');
      video.dataset.testid = 'remote-video';
      video.muted = true;
      video.autoplay = true;
      document.body.append(video);
      pc.ontrack = (event) => {
        video.srcObject = event.streams[0] ?? null;
      };
      const gathered = () =>
        new Promise<void>((resolve) => {
          if (pc.iceGatheringState === 'complete') return resolve();
          pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
        });
      return { pc, gathered };
    })();
  // tsx keeps function names with a `__name` helper that pages do not have.
  await Promise.all([a.evaluate('window.__name = (f) => f'), b.evaluate('window.__name = (f) => f')]);
  const started = performance.now();
  await Promise.all([a.evaluate(setup), b.evaluate(setup)]);
  type Bench = { bench: Promise<{ pc: RTCPeerConnection; gathered: () => Promise<void> }> };
  const offer = await a.evaluate(async () => {
    const { pc, gathered } = await (window as unknown as Bench).bench;
    await pc.setLocalDescription(await pc.createOffer());
    await gathered();
    return pc.localDescription!.toJSON();
  });
  const answer = await b.evaluate(async (offer) => {
    const { pc, gathered } = await (window as unknown as Bench).bench;
    await pc.setRemoteDescription(offer);
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered();
    return pc.localDescription!.toJSON();
  }, offer);
  await a.evaluate(async (answer) => {
    const { pc } = await (window as unknown as Bench).bench;
    await pc.setRemoteDescription(answer);
  }, answer);
  await Promise.all([firstRemoteFrame(a), firstRemoteFrame(b)]);
  return performance.now() - started;
};

export const benchCall = async (): Promise<string> => {
  const clinicall = await startClinicall({ CLINICALL_LINK_TTL_SECONDS: '600' });
  const browsers: BrowserContext[] = await Promise.all([openBrowser(), openBrowser()]);
  const [clinicianBrowser, patientBrowser] = browsers as [BrowserContext, BrowserContext];
  const bare: number[] = [];
  const joined: number[] = [];
  const admitted: number[] = [];
  try {
    const clinician = await clinicianBrowser.newPage();
    await clinician.goto(`${clinicall.url}/sign-in`);
    await clinician.getByLabel('Email').fill('clinician@example.org');
    await clinician.getByLabel('Password').fill('clinicall');
    await clinician.getByRole('button', { name: 'Sign in' }).click();
    await clinician.getByRole('row', { name: /Alex Example/ }).waitFor();
    for (let round = 0; round < rounds; round++) {
      const [a, b] = [await clinicianBrowser.newPage(), await patientBrowser.newPage()];
      await Promise.all([a.goto(`${clinicall.url}/config.json`), b.goto(`${clinicall.url}/config.json`)]);
      bare.push(await bareCall(a, b));
      await Promise.all([a.close(), b.close()]);

      await clinician.goto(clinicall.url);
      await clinician.getByRole('row', { name: /Alex Example/ }).getByRole('button', { name: 'Consult Now' }).click();
      await clinician.getByRole('button', { name: 'Send link' }).click();
      await clinician.getByRole('button', { name: 'Done' }).click();
      const outbox = (await (await fetch(`${clinicall.url}/api/local/outbox`)).json()) as { messages: { body: string }[] };
      const link = /(http\S+\/join#\S+)/.exec(outbox.messages[0]!.body)![1]!;

      const patient = await patientBrowser.newPage();
      const opened = performance.now();
      await patient.goto(link);
      await patient.getByLabel('Day').fill('12');
      await patient.getByLabel('Month').fill('4');
      await patient.getByLabel('Year').fill('1980');
      await patient.getByRole('button', { name: 'Continue' }).click();
      await patient.getByRole('button', { name: 'Continue to the waiting room' }).click();
      await patient.getByText('They know you are here.').waitFor();
      joined.push(performance.now() - opened);

      const waiting = clinician.getByTestId('participant').and(clinician.locator('[data-state="waiting"]')).first();
      await waiting.waitFor();
      const admit = performance.now();
      await waiting.getByRole('button', { name: 'Admit' }).click();
      await Promise.all([firstRemoteFrame(clinician), firstRemoteFrame(patient)]);
      admitted.push(performance.now() - admit);

      await clinician.getByRole('button', { name: 'End call' }).click();
      await clinician.getByLabel('Consultation unsuccessful').check();
      await clinician.getByRole('group', { name: 'Did you have technical problems?' }).getByLabel('No', { exact: true }).check();
      await clinician.getByRole('button', { name: 'End consultation' }).click();
      await waitForPath(clinician, /^\/$/);
      await patient.close();
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await clinicall.stop();
    await removeDataDir(clinicall.dataDir);
  }
  const bareP50 = percentile(bare, 50);
  return [
    `two Chromium browsers, fake camera and microphone, ${rounds} rounds (target ≤ 1.3× a bare RTCPeerConnection call)`,
    table([
      ['', 'p50', 'max', 'vs bare call'],
      ['bare RTCPeerConnection: start → remote frame on both sides (baseline)', ms(bareP50), ms(Math.max(...bare)), '1.00×'],
      ['admitted → first remote frame on both sides', ms(percentile(admitted, 50)), ms(Math.max(...admitted)), ratio(percentile(admitted, 50), bareP50)],
      ['link opened → waiting room shown (date of birth typed by the bench)', ms(percentile(joined, 50)), ms(Math.max(...joined)), ''],
    ]),
  ].join('\n');
};
