import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser } from './support/browser.ts';
import { type GroupCall, holdSession, seedGroupCall } from './support/group-call.ts';
import { since } from './support/care.ts';
import { signIn } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';

const roomFull = 'On this machine a room holds 6 people with camera and microphone; deployed on AWS it holds 60.';

let clinicall: RunningClinicall;
/** A browser of its own for each person (contexts of one browser share its connections to the site). */
const browsers: BrowserContext[] = [];
let group: GroupCall;
/** The clinician first, then the guests in the order they join, each with their name. */
const people: (readonly [Page, string])[] = [];

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'clinicall-e2e-'));
  group = await seedGroupCall(dataDir, names);
  clinicall = await startClinicall({}, dataDir);
});

afterAll(async () => {
  await Promise.all(browsers.map((context) => context.close()));
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

const remoteVideos = (page: Page) => page.getByTestId('remote-video');
const names = ['Ada One', 'Ben Two', 'Cai Three', 'Dee Four', 'Eve Five', 'Fin Six'];

/** The tile of one person on someone's page (with media, a tile carries the name they give). */
const tileOf = (page: Page, name: string) => page.getByTestId('remote-tile').filter({ hasText: name });

/**
 * Everyone in the room sees and hears everyone else: on each page, each other person's tile has
 * a moving picture and a live voice. `inRoom` pairs each page with its person's name.
 */
/** Six Chromiums decoding up to 25 videos on two cores: a picture may pause for a while and still be live. */
const crowded = { patience: 30_000 };

const expectEveryoneSeesAndHearsEveryone = async (inRoom: readonly (readonly [Page, string])[]) => {
  for (const [page, own] of inRoom) {
    for (const [, name] of inRoom) {
      if (name !== own) await expectLiveRemoteMedia(tileOf(page, name).getByTestId('remote-video'), expect, crowded);
    }
  }
};

const personIn = async () => {
  const context = await openBrowser();
  browsers.push(context);
  return context;
};

/** Seven people's pages on a shared machine of two cores: every step may take its time. */
const slowMachine = (context: BrowserContext): BrowserContext => {
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  return context;
};

const guestJoins = async (index: number): Promise<Page> => {
  const context = slowMachine(await personIn());
  await holdSession(context, group.consultationId, group.guests[index]!);
  const page = await context.newPage();
  await page.goto(`${clinicall.url}/join`);
  return page;
};

test('five people in one local room see and hear each other; the sixth joins; the seventh is told the room is full', async () => {
  const start = Date.now();
  const clinician = await slowMachine(await personIn()).newPage();
  await signIn(clinician, clinicall.url);
  await clinician.goto(`${clinicall.url}/call/${group.consultationId}`);
  await clinician.getByTestId('self-video').waitFor();
  people.push([clinician, 'Dr Sam Carter']);

  for (let i = 0; i < 4; i++) {
    const guest = await guestJoins(i);
    await guest.getByTestId('self-video').waitFor({ timeout: 120_000 });
    people.push([guest, names[i]!]);
  }
  console.log('five in the call', since(start));
  await expectEveryoneSeesAndHearsEveryone(people);
  console.log('five see and hear each other', since(start));

  // The sixth person with media: the room is full now, and everyone still sees everyone.
  const sixth = await guestJoins(4);
  await sixth.getByTestId('self-video').waitFor({ timeout: 120_000 });
  people.push([sixth, names[4]!]);
  for (const [page, name] of people) {
    if (page !== sixth) await expectLiveRemoteMedia(tileOf(sixth, name).getByTestId('remote-video'), expect, crowded);
  }
  await expectLiveRemoteMedia(tileOf(people[0]![0], names[4]!).getByTestId('remote-video'), expect, crowded);

  // The seventh is admitted (admission has no such cap) but gets no place in the room's media.
  console.log('six see and hear each other', since(start));
  const seventh = await guestJoins(5);
  await seventh.getByRole('heading', { name: 'The call could not start' }).waitFor({ timeout: 120_000 });
  await seventh.getByText(roomFull).waitFor();

  // The clinician's page of tiles shows everyone let into the call: the five with media, and the
  // seventh, who is in the call without it (the server's list, not the media's). One page.
  const tiles = clinician.getByTestId('call-tiles');
  expect(await remoteVideos(clinician).count()).toBe(6);
  expect(await tiles.getAttribute('data-pages')).toBe('1');
  for (const name of names) await tileOf(clinician, name).waitFor();
  await expect.poll(() => tileOf(clinician, 'Fin Six').getByTestId('tile-status').textContent()).toBe('Connecting…');
}, 900_000);
