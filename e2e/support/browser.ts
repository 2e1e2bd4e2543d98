import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a closed network, a root user and fake camera and microphone: three cameras to switch
 * between (fake ones report no facingMode; the second is a depth camera, Y16, which WebRTC sends
 * no picture from), and a fake screen for getDisplayMedia, picked without a prompt.
 */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream=device-count=3',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

export interface DeviceOptions {
  /** A phone: touch screen, small portrait viewport. */
  readonly phone?: boolean;
  /** The device's time zone (a patient abroad), else the machine's. */
  readonly timezoneId?: string;
}

/** A browser of its own (own profile), like a separate person's device. */
export const openBrowser = async ({ phone = false, timezoneId }: DeviceOptions = {}): Promise<BrowserContext> =>
  chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'clinicall-chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    args,
    ...(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } }),
    ...(timezoneId && { timezoneId }),
  });

/**
 * One browser for many people: each `newContext` is a person of their own (own storage, own
 * fake camera and microphone), cheaper than a browser each when a call has many people.
 */
export const openSharedBrowser = (): Promise<Browser> => chromium.launch({ executablePath: chromiumPath, headless: true, args });

/**
 * One browser whose every camera plays `video` (a Y4M file): a small, slow picture lets five
 * people's pages send and decode twenty videos on a machine of two cores.
 */
export const openBrowserWithCamera = (video: string): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...args.filter((arg) => !arg.startsWith('--use-fake-device-for-media-stream')),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });

/** A person's own context in the shared browser, camera and microphone allowed. */
export const personIn = async (browser: Browser, { phone = false }: DeviceOptions = {}): Promise<BrowserContext> => {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } },
  );
  await context.grantPermissions(['camera', 'microphone']);
  return context;
};
