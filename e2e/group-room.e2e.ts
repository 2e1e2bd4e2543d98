import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSharedBrowser, personIn } from './support/browser.ts';
import { type GroupCall, holdSession, seedGroupCall } from './support/group-call.ts';
import { signIn } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';

const roomFull = 'On this machine a room holds 6 people with camera and microphone; deployed on AWS it holds 60.';

let clinicall: RunningClinicall;
let browser: Browser;
let group: GroupCall;
/** The clinician first, then the guests in the order they join. */
const people: Page[] = [];

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'clinicall-e2e-'));
  group = await seedGroupCall(dataDir, ['Ada One', 'Ben Two', 'Cai Three', 'Dee Four', 'Eve Five', 'Fin Six']);
  clinicall = await startClinicall({}, dataDir);
  browser = await openSharedBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const remoteVideos = (page: Page) => page.getByTestId('remote-video');

/** Everyone's page shows the others, each picture moving and each voice live. */
const expectEveryoneSeesAndHearsEveryone = async (pages: readonly Page[]) => {
  for (const page of pages) {
    await expect.poll(() => remoteVideos(page).count(), { timeout: 30_000 }).toBe(pages.length - 1);
    for (const video of await remoteVideos(page).all()) await expectLiveRemoteMedia(video, expect);
  }
};

const guestJoins = async (index: number): Promise<Page> => {
  const context = await personIn(browser);
  await holdSession(context, group.consultationId, group.guests[index]!);
  const page = await context.newPage();
  await page.goto(`${clinicall.url}/join`);
  return page;
};

test('five people in one local room see and hear each other; the sixth joins; the seventh is told the room is full', async () => {
  const clinician = await (await personIn(browser)).newPage();
  await signIn(clinician, clinicall.url);
  await clinician.goto(`${clinicall.url}/call/${group.consultationId}`);
  await clinician.getByTestId('self-video').waitFor();
  people.push(clinician);

  for (let i = 0; i < 4; i++) {
    const guest = await guestJoins(i);
    await guest.getByTestId('self-video').waitFor({ timeout: 20_000 });
    people.push(guest);
  }
  await expectEveryoneSeesAndHearsEveryone(people);

  // The sixth person with media: the room is full now, and everyone still sees everyone.
  const sixth = await guestJoins(4);
  await sixth.getByTestId('self-video').waitFor({ timeout: 20_000 });
  people.push(sixth);
  await expect.poll(() => remoteVideos(sixth).count(), { timeout: 30_000 }).toBe(5);
  for (const video of await remoteVideos(sixth).all()) await expectLiveRemoteMedia(video, expect);

  // The seventh is admitted (admission has no such cap) but gets no place in the room's media.
  const seventh = await guestJoins(5);
  await seventh.getByRole('heading', { name: 'The call could not start' }).waitFor({ timeout: 20_000 });
  await seventh.getByText(roomFull).waitFor();

  // The clinician's page of tiles shows everyone let into the call: the five with media, and the
  // seventh, who is in the call without it. One page holds them all.
  const tiles = clinician.getByTestId('call-tiles');
  await expect.poll(() => tiles.getByTestId('remote-tile').count(), { timeout: 20_000 }).toBe(6);
  expect(await tiles.getAttribute('data-pages')).toBe('1');
  for (const name of ['Ada One', 'Ben Two', 'Cai Three', 'Dee Four', 'Eve Five']) {
    await tiles.getByTestId('remote-tile').filter({ hasText: name }).waitFor();
  }
  await expectLiveRemoteMedia(tiles.getByTestId('remote-tile').filter({ hasText: 'Eve Five' }).getByTestId('remote-video'), expect);
});
