import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowserWithCamera, personIn } from './support/browser.ts';
import { since } from './support/care.ts';
import { openLinkSentTo, signIn, skipDeviceCheck } from './support/journey.ts';
import { removeDataDir, type RunningClinicall, startClinicall } from './support/local-runtime.ts';
import { expectLiveRemoteMedia } from './support/media-probe.ts';
import { writeSmallCamera } from './support/small-camera.ts';
import { instrument } from './support/rtc-probe.ts';

/** Three people not on record, registered by email for a group session the demo clinician runs. */
const people = [
  { name: 'Ada Lind', email: 'ada.lind@example.org' },
  { name: 'Ben Holm', email: 'ben.holm@example.org' },
  { name: 'Cai Berg', email: 'cai.berg@example.org' },
] as const;

let clinicall: RunningClinicall;
let browser: Browser;

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'clinicall-e2e-'));
  const camera = join(dataDir, 'camera.y4m');
  await writeSmallCamera(camera);
  [clinicall, browser] = await Promise.all([startClinicall({}, dataDir), openBrowserWithCamera(camera)]);
});

afterAll(async () => {
  await browser?.close();
  expect(await clinicall?.stop()).toBe(0);
  await removeDataDir(clinicall.dataDir);
});

/** Four pages with media on a shared machine of two cores: each step may take its time. */
const patient = { patience: 30_000 };

const newPage = async () => {
  const context = await personIn(browser);
  context.setDefaultTimeout(60_000);
  await instrument(context, { steady: true });
  return context.newPage();
};

const tileOf = (page: Page, name: string) => page.getByTestId('remote-tile').filter({ hasText: name });
const control = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Call controls' }).getByRole('button', { name, exact: true });

/** A few minutes from now on the organisation's clock (Europe/London), as the form asks for it. */
const startTime = () =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + 3 * 60_000),
  );

/** Everyone shown to see and hear everyone else shown, each name on each page. */
const expectSeeEachOther = async (group: readonly (readonly [Page, string])[]) => {
  for (const [page, own] of group) {
    for (const [, name] of group) {
      if (name !== own) await expectLiveRemoteMedia(tileOf(page, name).getByTestId('remote-video'), expect, patient);
    }
  }
};

test('a moderator runs a group session: registers three people, admits all, breakout rooms of two with their countdown, close all, mute all', async () => {
  const start = Date.now();
  const moderator = await newPage();
  await signIn(moderator, clinicall.url);

  // The session, created from the dashboard.
  await moderator.getByRole('button', { name: 'New group session' }).click();
  await moderator.getByLabel('Title').fill('Living with diabetes');
  await moderator.getByLabel('Start time').fill(startTime());
  await moderator.getByLabel('Length').selectOption('60');
  await moderator.getByRole('button', { name: 'Create session' }).click();
  const card = moderator.getByTestId('group-session').filter({ hasText: 'Living with diabetes' });
  await card.waitFor();

  // Each person registered by email, each with their own link.
  for (const [i, person] of people.entries()) {
    await card.getByRole('button', { name: 'Register people' }).click();
    await moderator.getByLabel('Someone not on record').check();
    await moderator.getByLabel('Their name').fill(person.name);
    await moderator.getByLabel('Email', { exact: true }).check();
    await moderator.getByLabel('Email address').fill(person.email);
    await moderator.getByRole('button', { name: 'Register and send link' }).click();
    await expect.poll(() => card.getByTestId('registration').count()).toBe(i + 1);
  }
  await card.getByText(/^Registered\. Link sent by email to/).waitFor();
  console.log('registered', since(start));

  // Each opens their link, confirms their name and waits, seeing nobody else.
  const guests: Page[] = [];
  for (const person of people) {
    const page = await newPage();
    await openLinkSentTo(page, clinicall.url, person.email);
    const name = page.getByLabel('Your name');
    await name.waitFor();
    if ((await name.inputValue()) !== person.name) await name.fill(person.name);
    await page.getByRole('button', { name: 'Continue' }).click();
    await skipDeviceCheck(page);
    guests.push(page);
  }
  for (const page of guests) expect(await page.getByTestId('remote-tile').count()).toBe(0);
  console.log('three waiting', since(start));

  // The moderator starts the session and admits everyone waiting with one click.
  await card.getByRole('link', { name: /^(Start|Join) session$/ }).click();
  await moderator.getByTestId('self-video').waitFor();
  await moderator.getByRole('button', { name: 'People' }).click();
  const waiting = moderator.getByTestId('group-waiting');
  await expect.poll(() => waiting.getByRole('listitem').count(), { timeout: 30_000 }).toBe(3);
  await waiting.getByRole('button', { name: 'Admit all' }).click();
  const everyone = [[moderator, 'Dr Sam Carter'] as const, ...guests.map((page, i) => [page, people[i]!.name] as const)];
  await expectSeeEachOther(everyone);
  console.log('four see and hear each other', since(start));

  // Breakout rooms of two: Ada and Ben in one, Cai in the other, for one minute.
  const panel = moderator.getByTestId('breakout-panel');
  await panel.getByLabel('Number of rooms').fill('2');
  await panel.getByLabel(people[0].name).selectOption({ label: 'Room 1' });
  await panel.getByLabel(people[1].name).selectOption({ label: 'Room 1' });
  await panel.getByLabel(people[2].name).selectOption({ label: 'Room 2' });
  await panel.getByLabel(/^Time in the rooms/).fill('1');
  await panel.getByRole('button', { name: 'Open 2 rooms' }).click();
  const [ada, ben, cai] = guests as [Page, Page, Page];
  for (const page of [ada, ben]) await page.getByText('You are in the breakout room “Room 1”.').waitFor();
  await cai.getByText('You are in the breakout room “Room 2”.').waitFor();
  // Ada and Ben see each other, and nobody from the other room or the main room.
  await expectSeeEachOther([
    [ada, people[0].name],
    [ben, people[1].name],
  ]);
  await expect.poll(() => tileOf(ada, people[2].name).count()).toBe(0);
  await expect.poll(() => tileOf(ada, 'Dr Sam Carter').count()).toBe(0);
  // A minute or less: the countdown shows, and the warning of the last minute with it.
  for (const page of guests) {
    await page.getByText(/^Time left: /).waitFor();
    await page.getByText('Less than a minute left. Then everyone returns to the main room.').waitFor();
  }
  await panel.getByText(/^The rooms close in /).waitFor();
  console.log('breakout rooms', since(start));

  // The moderator closes every room: everyone is back in the main room together.
  await panel.getByRole('button', { name: 'Close all rooms' }).click();
  for (const page of guests) await page.getByTestId('breakout-room').waitFor({ state: 'detached' });
  await expectSeeEachOther(everyone);
  console.log('back together', since(start));

  // Mute all: each of the others is muted, and the moderator has nothing that unmutes them.
  await moderator.getByRole('button', { name: 'Mute everyone else' }).click();
  for (const page of guests) await control(page, 'Unmute').waitFor();
  const panelPeople = moderator.getByTestId('people-panel');
  expect(await panelPeople.getByRole('button', { name: /^Unmute/ }).count()).toBe(0);
  console.log('done', since(start));
}, 900_000);
